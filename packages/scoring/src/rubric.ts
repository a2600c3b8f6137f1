/**
 * The rubric as data: thresholds, weights, critical flags and the phrase families the checks
 * look for. Every score records `version`; changing anything here (or the normalisation in
 * text.ts) means a new version string, so stored scores can be brought to it by rescoring.
 *
 * Phrase families are regular-expression sources matched against NORMALISED text (text.ts):
 * lower case, no accents, curly quotes and dashes made ASCII, apostrophes inside words removed
 * ("I'm" and "Im" both read `im`, "that's" reads `thats`, "we'll" reads `well`), "e-mail" reads
 * `email`, "catalogue" reads `catalog`, chat-speak expanded ("u" -> you, "pls" -> please,
 * "thx" -> thanks, "sec" -> second...). Each family is compiled once into one alternation.
 */
import type { CheckId } from '@askqa/contract';

export type RubricSettings = {
  /** approachability.pickup: the longest acceptable wait before pickup. */
  pickupSeconds: number;
  /** interest.keep_informed: the longest acceptable span of waiting on the provider. */
  silenceSeconds: number;
  /** session.idle_checkin applies when the final idle is at least this long. */
  idleCheckSeconds: number;
  /** session.disconnect_notice applies when the final idle is at least this long. */
  disconnectSeconds: number;
  /** followup.on_time: the follow-up is due within this many hours of the session's end. */
  followUpHours: number;
  /** session.concurrency: the most sessions a provider may have open at once. */
  maxConcurrent: number;
  /** A score value below this flags the session. */
  flagBelow: number;
};

export type RubricCheck = { weight: number; critical: boolean; area: string; title: string };

/** Names of the phrase families; the rubric must give every one (an empty list never matches). */
export const PHRASE_FAMILIES = [
  // openings
  'greeting',
  'leadIn',
  'selfIntro',
  'selfRole',
  'selfService',
  'selfAffiliation',
  'selfAffiliationLead',
  'selfNameHere',
  'greetingOffer',
  'offer',
  'ack',
  // waiting
  'hold',
  'holdWeak',
  'notHold',
  'transferNotice',
  // questions
  'questionOpening',
  'offerQuestion',
  'restatement',
  'completeness',
  'anythingElse',
  'letMeKnow',
  'patronDone',
  // idle and ending
  'stillThere',
  'seemGone',
  'willEnd',
  'thanks',
  'farewell',
  'inviteBack',
  'dismissalHard',
  'dismissalConvenience',
  'othersWaiting',
  'wayBack',
  // sources
  'namedResource',
  'knownResource',
  'resourceNoun',
  'appName',
  'webPage',
  'webSteps',
  // follow-up
  'followupPromise',
  'followupSend',
  'followupLater',
  'notPromise',
  'whenExpect',
  'deliveryVerb',
  'patronContactContext',
  // referral
  'referralActor',
  'referralImperative',
  'referralVerb',
  'referralParty',
  'referralNotParty',
  'referralCanHelp',
  'referralOnesToAsk',
  'referralSelf',
  // contact details (matched on normalised text)
  'email',
  'phone',
  'url',
  'address',
  'placeholderEmail',
  'placeholderPhone',
  'placeholderAddress',
  'placeholderName',
  'placeholderUrl',
  // survey
  'negativeComment',
  'negationBefore',
] as const;
export type PhraseFamily = (typeof PHRASE_FAMILIES)[number];
export type RubricPhrases = Record<PhraseFamily, readonly string[]>;

export type Rubric = {
  version: string;
  settings: RubricSettings;
  checks: Record<CheckId, RubricCheck>;
  phrases: RubricPhrases;
  /**
   * Words after which "." does not end a sentence (text.ts `abbreviationsOf`): titles and
   * abbreviations in names, single letters as initials. Left out (v1-v3): "." always may.
   */
  abbreviations?: readonly string[];
  /**
   * An e-mail may be spelled with " at " and a real dot ("j.doe at gmail.com"): contact details
   * are then also looked for around each " at " (classify.ts `atAddress`). Left out (v1-v4): not.
   */
  spelledAddresses?: boolean;
  /**
   * Messages the export keeps from after `endedAt` (typed after the patron left) are outside the
   * session's spans (v5): not sent during the final idle, and a wait on the provider that only
   * such a message closes was still open when the session ended (it does not count). Left out
   * (v1-v4): they count like any other.
   */
  afterEndOutside?: boolean;
  /**
   * An e-mail or phone number written in `patron.name` (exports whose guest column holds the
   * patron's name or e-mail) is a patron contact known from the patron fields (v5). Left out
   * (v1-v4): only `patron.email` and `patron.phone` are read.
   */
  contactInPatronName?: boolean;
  /**
   * More shapes of a named source, as regex sources over the RAW text (classify.ts `namedSource`):
   * `title`, a title without quotes or author, tried on sentences with a resourceNoun ("the novel
   * The Giver"), `edition`, a title before its edition ("What Color Is Your Parachute, the 2025
   * edition"); `callNumber`, a fiction call
   * number ("FIC PAT", "SC KIN", "YA F BRO"), tried on sentences with a resourceNoun; `label`, a quoted button or link label ('click "Place
   * hold"'), which is no quoted title. Left out (v1-v4): none of these.
   */
  sourceShapes?: { title: string; edition: string; callNumber: string; label: string };
  /**
   * An offer and a completeness question joined by "or" ("Would you like me to walk you through
   * the form, or does that cover it?") asks whether the information given meets the need (v5).
   * Left out (v1-v4): a question that opens as an offer never does.
   */
  offerOrCompleteness?: boolean;
  /**
   * Referrals (v5): a contact verb whose object is the contact itself ("The IT Service Desk can
   * reset that: call 555-318-7000") refers to a party named earlier in the sentence; an indefinite
   * "people who can advise you" is no party that "can help"; the patron's own e-mail or phone
   * repeated back in the message is not the party's contact. Left out (v1-v4): the party must
   * follow the verb, any party word before "can help" is one, and any contact in the message counts.
   */
  referralByContact?: boolean;
  /**
   * More shapes of the provider's own name in the text (v6, openings): "It's Priya with Ask Us" (an
   * introduction by "it's"), "Sam @ Towson Library" (a name, "@" and the library), and a signature that
   * ends the message ("-Dana, Pikesville Library", "— Marcus"), which is also no content. Left out
   * (v1-v5): none of these.
   */
  greetingNameShapes?: boolean;
  /**
   * A role word in a sentence that says the role "can help" or will act ("Hi! Your teacher librarian can
   * help with that too") is someone else's for approachability.greeting as well, as it already was for
   * what counts as filler (v6, openings). Left out (v1-v5): only a question or a referral verb made it
   * someone else's there.
   */
  greetingOthersRole?: boolean;
  /**
   * closing.anything_else (v6): the greeting's offer asked again after the first answer ("Is there
   * anything I can help you with?", "What else can I dig up?" without "else") asks whether the patron
   * needs anything more, unless the message greets (a colleague taking over after a transfer). Left
   * out (v1-v5): only the anythingElse family counts.
   */
  offerAfterAnswer?: boolean;
  /**
   * (v6 E) The provider's own department named in their introduction ("Rob at Millbrook Town
   * Archives", "special collections librarian at Cambria University") is who is answering, not a
   * source given (classify.ts namedSource). Left out (v1-v5): archives or special collections named
   * anywhere are a source.
   */
  introDepartmentNotSource?: boolean;
  /**
   * (v6 E) A contact verb whose object is a name followed by "at" and a phone number or e-mail
   * ("please call Maryland Legal Aid at 1-888-…", "email Heritage Frederick at info@…") refers the
   * patron to that party, whatever the name (checks/referral.ts). Left out (v1-v5): the object must
   * hold a referralParty word.
   */
  referralNamedAtContact?: boolean;
  /**
   * (v6 E) A provider question that asks for or reads back the patron's e-mail or phone ("What's
   * the best email for you?", "Is kwalsh@… still the best address?") is about delivery, not the
   * need: it does not count for inquiry.clarify (classify.ts clarifyNow). Left out (v1-v5): it does.
   */
  contactQuestionNotClarify?: boolean;
  /**
   * Referrals (v6, the middle of the chat): the contact for a referral is in its sentence or after
   * it in the message, or in an earlier sentence that gives a phone, e-mail or address, or a URL
   * with "their/them/they" or a party word (not a pronoun); a URL given before it for something
   * else is not the party's ("Our obituary index at fcpl.org/obits lists it. For the burial, ask
   * the cemetery office."). Left out (v1-v5): any contact in the message counts.
   */
  referralStretchA?: boolean;
  /**
   * Referrals (v6): the next provider message gives the party's contact also when it says "they're",
   * "they've", "they'll" or "located" ("They're at 100 N. Calvert St."). Left out (v1-v5): only
   * their/them/they, number, phone, email, address, website, reach.
   */
  referralNextTheyA?: boolean;
  /**
   * Referrals (v6): a contact verb after "but", "though", "however", "instead"… at the start of its
   * clause tells the patron to act ("…counts as an elective, but run it past your advisor"). Left
   * out (v1-v5): only "and", "or", "so", "then", "please"… may come before it.
   */
  referralButA?: boolean;
  /**
   * Referrals (v6): a contact the patron gave (typed in the chat, in the patron fields, or redacted
   * to "[email]" / "[phone]" in a stored transcript) is never the party's way to reach them, whatever
   * the words around it, in the referring message or the next one. Left out (v1-v5): only a message
   * with "I have", "your email"… is searched for the patron's contacts, the next message not at all,
   * and a placeholder counted as the party's, so a stored session could score differently from its
   * upload.
   */
  referralPatronContactsApart?: boolean;
  /**
   * Referrals (v6): "I'll pass your question on to the reference staff, who can look into it and
   * contact you" is the provider consulting staff on the patron's behalf (Terms: not a referral), not
   * a party the patron is told to contact. Left out (v1-v5): a party that "can look into it" after the
   * provider's "pass … to" was read as a referral.
   */
  referralOnBehalf?: boolean;
  /**
   * The patron's e-mail or phone from the patron fields, written by the provider in the chat ("I'll
   * send the results to k.osei@example.edu by Friday"), is that contact repeated back there, whatever
   * the words around it (v6, facts.ts `contactInChat`). Left out (v1-v5): a provider's message
   * confirms the patron's contact only with words such as "your email", "I have", "is that correct".
   */
  followupFieldEcho?: boolean;
  /**
   * transfer.handoff (v6): an internal note of three or four words says why when two of its words are
   * more than hand-over words, chat-speak and names ("needs Spanish-speaking librarian", "genealogy q,
   * 1850 census"; not "yours - thx!"). Left out (v1-v5): a note needs five words.
   */
  handoffTerseNotes?: boolean;
  /**
   * referral.contact (v7 B): the service's name in the opening ("Hi, Ask a Librarian, this is Sunil at
   * Annapolis Library") is no "ask a librarian" referral (checks/referral.ts). Left out (v1-v6): it was
   * read as telling the patron to ask a librarian.
   */
  serviceNameNotReferralB?: boolean;
  /**
   * (v7 A, openings) A titled name in a place, ending the sentence, is the provider's own: "Ms. Patel in
   * the media center here", "Dr. Okafor at the reference desk here" (classify.ts `NAME_IN_PLACE`; the
   * title is required, so "Printers in the computer lab here" is no name). Left out (v1-v6): only a
   * capitalised place after the name ("Dana at Towson Library") or "Name here".
   */
  nameInPlaceA?: boolean;
  /**
   * approachability.greeting (v7): "its Bea w/ Montgomery County Public Libraries", a text message's
   * "w/" for "with" after the name, is the provider giving their name (classify.ts `ITS_NAME_W`).
   * Left out (v1-v6): v6's "it's NAME with …" shape wants the word.
   */
  nameWithSlash?: boolean;
  /**
   * approachability.greeting (v7 D): a name followed by a place and a verb of its own is someone else's ("Hi
   * there! Tamsin at Circulation passed your chat over to me"), not who is answering (classify.ts
   * `NAME_HERE_D`), and a question word opening a sentence is no name ("Where in Baltimore do you live?",
   * `NAME_STOP_V7`). Left out (v1-v6 and v7 before D): any "Name at Place" opening a sentence names the
   * provider, "Where" and "How" too.
   */
  nameNotOthersD?: boolean;
  /**
   * referral.contact (v7 D): "ask a librarian here on chat anytime", "ask us again on this chat" point back to
   * this service, no party outside the chat (checks/referral.ts `OWN_CHAT_OBJECT`). Left out: read as a referral
   * to a librarian.
   */
  ownChatNotReferralD?: boolean;
  /**
   * referral.contact (v7 E): more lead-ins before a referring verb (checks/referral.ts `LEAD_IN_E`,
   * `COORDINATED_E`): "You'll also want to talk to your insurance agent", "you may need to call the
   * clerk", and an imperative joined by "or"/"and" to one that points to a source ("Apply at
   * lbph.maryland.gov/apply or call them at 1-800-…"; not "If you want to visit or call them…", a
   * condition, nor "I checked their site and called them"). Left out (v1-v6): only connectors ("and",
   * "also", "you can", "you should"…) may stand before the verb in its clause.
   */
  referralLeadInE?: boolean;
  /**
   * followup.completeness (v7): "Would that help?", "Would that work for you?", "Would this be what you
   * need?" ask about what was given unless the provider has just offered something not yet given ("I
   * can mail you a copy. Would that work?", the offer in the same message or closing the one before:
   * classify.ts `offeredBefore`). Left out (v1-v6): every "would …?" that opens as an offer is one.
   */
  givenNotOffered?: boolean;
  /**
   * inquiry.clarify (v8 I): a question that names the patron's e-mail or phone still asks about the need
   * when it is about the patron's account or access rather than how to reach them: "Do you still have
   * access to the email on your account?", "Can you give me your card number and the email on the
   * account?" (classify.ts `ACCOUNT_Q_I`). Left out (v6-v7): every such question with a contact context
   * ("the email on the account", "your email") is read as asking how to reach the patron, not the need.
   */
  accountQuestionClarifyI?: boolean;
  /**
   * (v8 F) A "?" that closes a quoted title ("\"Who Was Harriet Tubman?\" by Yona Zeldis McDonough is a
   * good one", "\"Are You My Mother?\" is on the shelf") belongs to the title: the sentence is no
   * question for that "?" alone, so it may give a source (timeline.ts `QUOTED_TITLE_Q`). Left out
   * (v1-v7): any "?" before a closing quote makes the sentence a question, which gives no source.
   */
  quotedTitleNotQuestionF?: boolean;
  /**
   * transfer.handoff (v8 F): more hand-over words that say no why in an internal note of any length
   * ("Kim, sending one your way.", "incoming for you, routing from the MD queue, ty"): the chat-speak
   * of terse notes (pls, thx, pt, q…) and the words of routing a chat (way, queue, route, toss, bounce,
   * incoming, colleague…) (checks/transfer.ts `HANDOVER_F`). Left out (v1-v7): a note of five words or
   * more says why with any word besides v1's hand-over words and the names.
   */
  handoverWordsF?: boolean;
  /**
   * referral.contact (v8 H): a clause opened by a dash (" - ") starts after the dash, so "…sign up with the
   * Teen Services team - contact them at teens@fcpl.org" has no lead-in before "contact" (checks/referral.ts).
   * Left out (v1-v7): the dash stays in front of the verb and the imperative after it is read as no referral.
   */
  dashClauseH?: boolean;
  /**
   * approachability.greeting (v8 M): the provider's own name (from the provider or author field) typed in lower
   * case in an introduction counts as a name: "hi this is jo at hcpl!", "helo, jo @ hcpl here!", "its kim from
   * the text line" (after "this is", "its", "im", "i am", "my name is", or opening the sentence or following a
   * greeting before "here", "at", "from", "with", "@"; classify.ts `lowerOwnIntro`). Left out (v1-v7): only a
   * capitalised own name counts.
   */
  ownNameLowerM?: boolean;
  /**
   * approachability.greeting (v8 M): a speaker label the export left at the start of a provider message
   * ("Librarian: Hi! How can I help?", "[2:14 PM] Staff: …") does not say who is answering (it is the
   * export's label, as a screen name is): the role word must be in the text after it (classify.ts
   * `LABEL_M`). Left out (v1-v7): the label's "librarian" identifies the provider.
   */
  speakerLabelM?: boolean;
  /**
   * text (v8 M): "<br>", "<p>", "</p>", "<div>" and "</div>" left in a message's text by the export are line breaks
   * (timeline.ts `HTML_BREAK_M`), so "Hi there!<br>I'm Leah…" is two lines and "<br>" no breadcrumb ("X > Y").
   * Left out (v1-v7): the tags stay in the text.
   */
  htmlBreaksM?: boolean;
  /**
   * followup.completeness (v8 M): a message with no "?" at all whose last sentence ends, within its last eight
   * words and with no punctuation, in a completeness question ("…log in w ur netid to read it does tht answer ur
   * q", "…did that answer your question") asks it (classify.ts `bareTailQuestion`). Left out (v1-v7): a
   * completeness phrase counts only in a question (a "?" or a question's opening words).
   */
  bareTailQuestionM?: boolean;
  /**
   * referral.contact (v8 K): one sentence that refers the patron to two parties ("You can also call the
   * Homework Hotline at 240-555-0100, and ask your child's school counselor too") needs a way to reach
   * each: the sentence is cut where each referring verb with a party of its own begins, and every part
   * needs its own e-mail, phone, address or URL (the first part may use one earlier in the message, the
   * last one later in it or in the next message) (checks/referral.ts `clauseParties`). Left out (v1-v7):
   * a sentence is one party, and a contact anywhere in it reaches every party it names.
   */
  clauseReferralsK?: boolean;
  /**
   * Follow-up session (v9 R): a promise made on a condition of the patron's contact ("If you give me your email, I
   * can dig further and send you a complete list by tomorrow") is a promise only when the patron gives an e-mail or
   * phone in a later message; a patron who declines ("I don't give out my email") was offered, not promised,
   * anything (classify.ts `CONTACT_OFFER`). Left out (v1-v8): the sentence is a promise whatever the patron does.
   */
  contactOfferR?: boolean;
  /**
   * referral.contact (v9 S): more lead-ins before a referring verb: chat-speak and other Englishes' softeners
   * ("def ask ur teacher", "defo ring them", "kindly contact the circulation section", machine-translated "please
   * to contact a lawyer") (checks/referral.ts `LEAD_IN_S`; a prepositional phrase before the verb, "For advice on
   * your situation give Legal Aid NSW a call", is `prepLeadInN`'s). Left out (v1-v8): those words before the verb
   * make the sentence no instruction to the patron.
   */
  leadInsS?: boolean;
  /**
   * referral.contact (v9 S): in "give <someone> a call / ring / bell / buzz" the words between "give" and "a
   * call" are the party, whatever they are ("give Births, Deaths and Marriages Victoria a bell"). Left out
   * (v1-v8): they need a party word (office, registry, clerk…) as every other verb's object does.
   */
  giveACallPartyS?: boolean;
  /**
   * referral.contact (v9 N): whose contact a sentence of the referring message gives (checks/referral.ts
   * `ownedContact`). A URL whose nearest owner before it is a resource ("our FAFSA guide (libguides…)", "la guía … está
   * en …", "the form is at …"; not "their site", "its page") is that resource's, no way to reach a party; a sentence
   * before the referral that names another party ("The People's Law Library explains the steps: …" before "ask the
   * Register of Wills staff") gives that party's contact, unless the referral points back to it ("… call them"); a
   * pronoun there ("don't count them as scholarly") names no party; the patron's own e-mail or phone in any sentence,
   * and a sentence after the referral that signs with the provider's own name ("Jo Smith, Library Media Specialist /
   * jsmith@…"), give nobody's. Left out (v1-v8; v6-v8 `referralStretchA`): any contact in the referral's sentence or
   * after it counts, and one before it with a phone, e-mail, address, "them/their" or any party word.
   */
  contactOwnerN?: boolean;
  /**
   * referral.contact (v9 N): a prepositional phrase of a few words may open the clause of a referring verb with no
   * comma ("and for the appeal talk to a tax attorney", "for the chromebook hit up the ref desk when ur there"; not
   * "for people who call the office", a relative clause) (checks/referral.ts `PREP_LEAD_N`). Left out (v1-v8): only
   * connectors and v7's modal lead-ins may stand before the verb in its clause.
   */
  prepLeadInN?: boolean;
  /**
   * Contacts typed oddly (v9 N, classify.ts `contactsIn`): an e-mail with a bracketed "at" and "dot"
   * ("specialcollections (at) mdhs (dot) org", "askarchives[at]umd[dot]edu") is an e-mail (the rubric's `email`
   * family is tried on such text too); a contact verb's object that is a name and then "at"/"en"/"through" a URL
   * ("comuníquese con CASA de Maryland en wearecasa.org/…", "contact Heritage Frederick at frederickhistory.org")
   * refers to that party, as v6's name-and-phone objects do (checks/referral.ts `namedAtContact`). Left out (v1-v8):
   * the e-mail family is tried only on text with "@" or " dot ", and only a phone or e-mail may follow the name.
   */
  oddContactsN?: boolean;
  /**
   * referral.contact (v9 N): a contact verb with no object, ending its sentence or opening a list ("…you need an
   * appointment with them. Write or call:" and a pasted signature block, "Email them:") refers the patron to the party
   * the sentence before names (checks/referral.ts `BARE_OBJECT_N`). Left out (v1-v8): a verb whose clause names no
   * party is no referral.
   */
  bareVerbPartyN?: boolean;
  /**
   * referral.contact (v9 N): the object of "contact", "talk to", "speak with", "check with", "get in touch with", "reach
   * out to", "comuníquese con" is a party
   * whatever its name, when it opens with an article or possessive and has two words or more ("Contact the Register
   * of Wills in Towson"; checks/referral.ts `GET_IN_TOUCH_N`), and not only when it holds a party word. Left out
   * (v1-v8): the object needs a referralParty word or a name followed by its phone or e-mail.
   */
  contactObjectPartyN?: boolean;
  /**
   * inquiry.clarify (v9 Q): a question sentence that opens with a hold ("Let me take a look, what is your card
   * number?", "One sec - which branch is it?") still asks about the need when a clause after the hold opens with a
   * question word (what, which, where, when, who, how, whose) and is itself no hold (classify.ts
   * `holdThenQuestion`). Left out (v1-v8): any question sentence with a hold in it is the hold's.
   */
  holdQuestionClarifyQ?: boolean;
  /**
   * referral.contact (v9 Q): a party followed by "there" before "can help" ("Staff there can help you fill out the
   * app", "the librarians there can show you") is the party, as "the staff at the branch can help" is
   * (checks/referral.ts `THERE_PARTY_Q`). Left out (v1-v8): a subject ending in "there" is never a party.
   */
  partyThereQ?: boolean;
  /**
   * inquiry.clarify (v9 T): "number" followed by a small number ("For number 3, is that Night by Elie
   * Wiesel?", "is number two the right one?") points to an item of a list, so the question is not one about
   * the patron's phone (classify.ts `CONTACT_WORD_T`). Left out (v1-v8): any "number" in a question that
   * also reads like a contact check ("is that…") makes it a question about how to reach the patron.
   */
  itemNumberT?: boolean;
  /**
   * inquiry.clarify (v10 U): a question that offers the patron a choice and words its second option as "would Y do?"
   * ("Just the book, or would the audiobook also do?", "Is the 2019 version the one you need, or would the preprint
   * do?") asks about the need before anything is given, though its tail reads like a completeness question: it counts
   * when the words before " or " are no completeness question themselves ("Does that help, or would you like more?"
   * stays one) (classify.ts `CHOICE_OR_U`). Left out (v1-v9): any question sentence the completeness family matches is
   * skipped.
   */
  choiceClarifyU?: boolean;
  /**
   * referral.contact (v10 V): Spanish connectors and modals open the referring clause as the English ones do
   * ("Luego pregunte en la oficina de la escuela", "y llame al consulado", "le recomiendo que acuda a…",
   * checks/referral.ts `LEAD_IN_ES_V`). Left out (v1-v9): only English lead-ins, so a Spanish imperative after
   * "luego" or "también" referred nobody.
   */
  spanishLeadInV?: boolean;
  /**
   * referral.contact (v9 T): a contact in the next provider message counts for a referral only when no
   * patron message came between, or the patron's message asks about the party ("what's their number?");
   * after a new question from the patron ("ok. and library cards?") the next message answers that
   * (checks/referral.ts `contactNext`). Left out (v1-v8): the next provider message counts whatever the
   * patron wrote between.
   */
  nextAfterPatronT?: boolean;
  /**
   * referral.contact (v9 T): a contact verb whose object is a phone number or e-mail address ("WIC sees new
   * families by appointment; call 410-479-8080 to set one up") tells the patron to contact whoever answers,
   * a party even when no party word is named (checks/referral.ts `isReferral`). Left out (v1-v8): a party
   * word must be named in the object or before the verb.
   */
  contactObjectAloneT?: boolean;
  /**
   * followup.contact and resolution.code (v9 T): a provider sentence that refers the patron to a party ("You can
   * also call SDAT at 410-767-4433 to confirm any letter") gives the party's phone or e-mail, not the patron's,
   * even when it reads like a contact check ("confirm", "call"); a sentence that repeats a contact from the patron
   * fields still confirms it (facts.ts `contactInChat`, checks/referral.ts `refersPatron`). Left out (v1-v8): any
   * provider sentence with a phone or e-mail and such words confirms the patron's contact.
   */
  referralContactNotPatronT?: boolean;
  /**
   * approachability.greeting (v9 P): a capitalised "Name at/in/of Place" that opens a sentence is no
   * introduction when the place is followed by "by" (not "by the way") or a verb of content ("Lessons in
   * Chemistry by Bonnie Garmus has 4 copies in", "Anne of Green Gables was written…"): a title, not the
   * provider (classify.ts `NAME_HERE_P`). Left out (v1-v8): only v7's verbs after the place rule it out, so a
   * title with its author reads as the provider naming themselves.
   */
  nameNotTitleP?: boolean;
  /**
   * inquiry.clarify (v9 P): two kinds of provider question ask nothing about the need (classify.ts
   * `BARE_OFFER_P`, `DID_YOU_KNOW_P`): a bare offer to search ("Would you like me to check the catalog for you?",
   * "Shall I look that up?", "Want me to do a quick search?"; an offer that names a scope or a choice, "Would
   * you like me to look for books or articles?", still asks about the need), and "Did you know…?" telling the
   * patron something ("Did you know we also lend telescopes?"; "Do you know the author?" still asks). Left out
   * (v1-v8): any provider question not excluded otherwise counts, these too.
   */
  notNeedQuestionP?: boolean;
  /**
   * info.source (v9 P): an e-mail or phone number the provider gives as the service's own, to come back to
   * ("You can also call us at 410-555-0100 anytime", "email me at jo@lib.org if anything else comes up"), is no
   * contact for a referral, so no source (classify.ts `OWN_CONTACT_P`); one of the library's desk, department,
   * office or branch still is. Left out (v1-v8): any e-mail or phone that is not the patron's gives a source.
   */
  ownContactNotSourceP?: boolean;
  /**
   * Follow-up session (v9 P): an offer asked as a question ("Do you want me to email you that list too?", "Would
   * you like me to send the rest tomorrow?") that the patron's next message turns down ("no thanks", "nah, I'm
   * good") promises nothing (classify.ts `promiseNow`, `DECLINED_P`); accepted or left unanswered it still does.
   * Left out (v1-v8): the offer is a promise whatever the patron answers.
   */
  declinedOfferNoPromiseP?: boolean;
  /**
   * referral.contact (v10 W): a prepositional lead-in whose object is only a pronoun ("so for that, contact
   * Amazon's device support at …", "For this you'd call…", "and for those, ask the Tech Help desk") opens the
   * referring clause as a named one does (checks/referral.ts `FOR_THAT_W`); v9 N's `prepLeadIn` keeps every
   * "that" out, for relative clauses ("for people that call the office"). Left out (v1-v9): "for that" before the
   * verb makes the sentence no referral.
   */
  forThatLeadInW?: boolean;
  /**
   * Follow-up session (v10 Y): an offer made as a statement on the patron's wish ("I can email you the PDF too if you
   * like", "If you'd rather, I can have him write to you", "happy to text you the date if that helps") that the
   * patron's next message turns down ("no it's ok", "nope, all good", "no I will email him myself") promises nothing,
   * as P's offers asked as questions do (classify.ts `promiseNow`, `OFFER_IF_Y`). Left out (v1-v9): only an offer
   * asked as a question could be turned down; accepted or unanswered, the offer still promises.
   */
  declinedOfferY?: boolean;
  /**
   * referral.contact (v10 Y): the service's name with its library in the opening ("Hi! Ask a Librarian at Loyola
   * University Chicago, I'm Beth.", "Ask Us at the State Library, this is Jo") is no "ask a librarian at …" referral,
   * when it is one of the provider's first two messages and the message introduces the provider or greets
   * (checks/referral.ts `SERVICE_NAME_AT_Y`). Left out (v1-v9): B's reading covered the name alone or "here/chat"
   * after it, so "a librarian at <library>" read as sending the patron to a librarian there.
   */
  serviceNameAtY?: boolean;
  /**
   * referral.contact (v10 Y): an e-mail or phone written right after "your email", "your number", "your cell" ("I've
   * noted your email, kb@example.org, and …") or after "(email|call|text|reach) you at" is the patron's, even when the
   * patron never typed it and the patron fields are empty, so it is no way to reach a party referred to in the same
   * message (checks/referral.ts `notPatronsOnly`, `YOUR_CONTACT_Y`). Left out (v1-v9): only a contact the patron typed
   * or the patron fields hold was the patron's.
   */
  yourContactY?: boolean;
  /**
   * referral.contact (v10 Y): a referral that points back with a pronoun ("give them a call", "email her", "ask them
   * for the form") and carries no contact itself takes the contact of the provider's message just before it, when no
   * patron message came between, that message gives an e-mail, phone, postal address or URL that is not the
   * patron's, and a party is named there or in the referring sentence
   * ("Service Centers issue licenses, phone 612-348-8241." then "If you want to check appointments, give them a
   * call."; checks/referral.ts `contactBefore`). Left out (v1-v9): only the referring message and the next one count.
   */
  contactBeforeY?: boolean;
  /**
   * referral.contact (v10 Y): an N-1-1 service line or 988 right after a referring verb ("dial 3-1-1 and ask for the
   * recorder", "call 211 for rental help", "text 988") is a number to call, as a ten-digit number there is (v5's
   * contact object; checks/referral.ts `SERVICE_LINE_Y`). Left out (v1-v9): the object had to be a ten-digit phone or
   * an e-mail, so such a sentence referred nobody unless it named a party.
   */
  serviceLineY?: boolean;
  /**
   * referral.contact (v10 Z2): the service's name with the medium or kind of service after "a librarian" in the
   * opening ("Hi, Ask a Librarian text service at Frederick County here!", "Ask a Librarian chat line, this is Jo",
   * "Welcome, Ask a Librarian 24/7 service") is no "ask a librarian" referral, under the same conditions as B's and
   * Y's readings (no text before "ask" in its clause, one of the provider's first two messages, the message greets
   * or introduces the provider; checks/referral.ts `SERVICE_MEDIUM_Z2`). Left out (v1-v9, v10 before Z2): only "a
   * librarian" closed by punctuation, "here/chat/service/team" or "at/from <library>" was the name, so a medium word
   * ("text", "SMS", "live chat", "24/7", "online") between made it a referral to a librarian.
   */
  serviceMediumZ2?: boolean;
  /**
   * text (v10 Z2): links left in a message's text as HTML anchors read as the chat showed them, the way the importers
   * convert them (packages/importers/src/html.ts `linkText`): `<a href="u">t</a>` is "t (u)" (t alone when it is the
   * address; "mailto:" and "tel:" dropped), and other inline tags (`<b>`, `<span …>`, `<strong>`…) are removed
   * (timeline.ts `HTML_LINK_Z2`, `HTML_TAG_Z2`), so "Please <a href=\"tel:+16127230010\">call the HOME Line</a>" refers
   * the patron with a phone, as the imported text does. Only text with a "<" followed by a letter or "/" is touched
   * ("<3" stays). Left out (v1-v9, v10 before Z2): the tags stayed in the text, so the words around them did not read
   * as one sentence ("please <a href=…>call …" has no referring verb where the clause starts).
   */
  htmlLinksZ2?: boolean;
  /**
   * followup.completeness and closing.anything_else (v10 Z2): a line the sender broke over two messages reads as one
   * ("Does that" / "help?", "thats" / "all i needed, thx"): when the visible message just before is by the same role,
   * at most 30 s earlier, of at most four words and with no . ! ? : ; at its end, and this one has at most ten words,
   * the two joined are tested for the completeness question (ending in "?") and for the patron saying they are done
   * (classify.ts `joinedFragment`). Left out (v1-v9, v10 before Z2): each message was read alone, so neither half
   * was the question or the "that's all".
   */
  fragmentsZ2?: boolean;
  /**
   * (v11 K1) A role word after "which", "another", "a different", "the right" or "the best" ("Let me see which librarian
   * knows this best", "I'll find another librarian") names someone other than who is answering: it does not identify
   * the provider (classify.ts `ownRole`), unless the sentence also introduces them ("I'm the librarian who…"). Left out
   * (v1-v10): any role word in a statement identified the provider.
   */
  otherRoleK1?: boolean;
  /**
   * (v11 K1) A question that only asks leave to send or share something ("Is it OK if I send you a link?", "Do you mind if I
   * paste the steps here?", "Can I e-mail you the list?") is about the provider's delivery, not the need: no clarifying
   * question (classify.ts `clarifyAt`). Left out (v1-v10): any such question counted.
   */
  permissionNotNeedK1?: boolean;
  /**
   * (v11 K1) A capitalised pronoun or its contraction before "here" or "at/from/with" ("I'm here to help.", "We're here
   * until 9", "You're at the right place") is no name of the provider's (classify.ts `namedBy`). Left out (v1-v10): "I'm"
   * read as a name, so "Hi! I'm here to help." said who was answering.
   */
  pronounNotNameK1?: boolean;
  /**
   * (v11 K1) A message that opens with a bare pause ("One sec...", "Let me check.", "Hang on") and then gives the answer
   * with a source, with no hold after it and no "in the meantime" / "so far" / "for now" about it, is no hold message:
   * the search is over, so waiting on the patron begins there (classify.ts `isHold`). A partial result with the search
   * going on stays a hold. Left out (v1-v10): any hold sentence made the message a hold.
   */
  holdThenAnswerK1?: boolean;
  /**
   * (v11 K1) A verb that can only mean getting in touch ("contact", "talk to", "reach out to", "check with") followed by a
   * capitalised name in the raw text ("You can also contact Catholic Charities for a free legal review") refers the patron
   * to that party, whatever the name (checks/referral.ts). Left out (v1-v10): the object needed a party word, an article
   * and two words, or a contact after it.
   */
  namedObjectK1?: boolean;
  /**
   * (v11 K1) A party that "may know" or "can help", when the same sentence goes on with the provider asking them ("Our map
   * curator may know more about its value; I'll ask her and get back to you"), is consulted on the patron's behalf, not
   * a referral (checks/referral.ts). Left out (v1-v10): only handing the question on ("I'll pass it to…") was.
   */
  askOnBehalfK1?: boolean;
  /**
   * (v11 K6) An offer made on the patron's wish, "I could also email you a list later if you like?", counts as declined by
   * the patron's "that's ok, i'll just…" when it is asked as a question too (v10 Y took only the statement), and an offer
   * stated as what the provider can do ("I can look through the directories this week and email you what I find. What
   * email should I use?") is no promise when the patron's next message turns it down, in v9 P's words or as a refusal to
   * give a contact ("I'd rather not give my email", "rather not", "no need", "don't bother") (classify.ts).
   * Left out (v1-v10): only "Do you want me to…?" questions and "if you like" statements were taken back.
   */
  declinedCanOfferK6?: boolean;
  /**
   * (v11 K6) followup.contact's "when" is read without the opening hours or the provider's shift in the same sentence:
   * "We close at 5 today, so I'll email you the list" says when the library closes, not when the list comes; "I'm on
   * until 8 tonight, but I'll email you the list by tomorrow morning" keeps "by tomorrow morning" (checks/followup.ts).
   * Left out (v1-v10): any time in the sentence of a delivery verb counted.
   */
  hoursNotWhenK6?: boolean;
  /**
   * (v11 K6) A contact verb whose object goes "to you" ("…ask your library, the Berkshire Athenaeum, to pull the pages and
   * email them to you") sends something to the patron: no referral (checks/referral.ts). Left out (v1-v10): after an
   * apposition's comma the provider's "I'll" fell outside the clause and "and email them" read as telling the patron
   * to e-mail them.
   */
  toPatronK6?: boolean;
  /**
   * (v11 K6) followup.completeness: a question about an e-mail or phone number read back ("I have your email as
   * mia.t@gmail.com, does that look right?", "…0101. Is that right?") asks about the contact, not whether the
   * information given meets the need (classify.ts `completenessAt`). Left out (v1-v10): "does that look right?" counted
   * wherever it stood.
   */
  contactCheckNotCompleteK6?: boolean;
  /**
   * (v12 L6) closing.no_dismissal: a provider message that announces the end of the chat and refuses the patron for
   * their language ("I can't understand your English. This chat is for English only. I am ending the chat now.") ends
   * the help for the provider's convenience: a dismissal unless it offers a way back (checks/closing.ts
   * `languageRefusalL6`). Left out (v1-v11): only the dismissal families counted.
   */
  languageDismissalL6?: boolean;
  /**
   * (v12 L6) referral.contact: learning materials ("the free USCIS flash cards at uscis.gov/…", "practice tests at …",
   * quizzes, exercises) own the URL after them, as resource nouns do, so a later sentence's study link is no way to
   * reach the class or office the patron was told to visit (checks/referral.ts `resourceOwned`). Left out (v1-v11):
   * such a URL counted as the party's contact.
   */
  learningResourceL6?: boolean;
  /**
   * interest.keep_informed's `value` (v11 K2): the longest span of waiting on the provider counts the spans that a hold
   * message began even when they stayed within the limit ("One moment…" then the answer 114 s later: 114 s), as the
   * Terms define the spans. The status is unchanged (a span over the limit was already measured). Left out (v1-v10):
   * a hold was only classified when the next provider message came after the limit, so a shorter span a hold began
   * was missing from the value (it reported the 6 s from the patron's message to the hold instead).
   */
  holdSpanValueK2?: boolean;
  /**
   * referral.contact (v10 Y): between a referral and the next provider message, a patron message that only
   * acknowledges ("ok", "thanks!", "got it, thx") is no new question, so the next message may still give the
   * party's contact ("Oh, and their number is 856-555-0122."; checks/referral.ts `contactNext`, `ACK_ONLY_Y`). Left
   * out (v9 T): any patron message between, unless it asked about the party, made the next message an answer to it.
   */
  ackBetweenY?: boolean;
  /**
   * (v10 Z1) An offer before a completeness question is looked for in the provider's words, not inside a web address:
   * "fill in the article form at westbrook.edu/library/ill" has no "ill" ("I'll") offering anything, so "Would that
   * work for your deadline?" after it asks about what was given (classify.ts `offeredBefore`, `OFFER_BEFORE_Z1`).
   * Left out (v1-v9): the "ill" of a URL path read as "I'll", and the question as an offer.
   */
  urlNotOfferZ1?: boolean;
  /**
   * (v10 Z1) A URL whose nearest owner before it is a named resource (a database or site the rubric's `knownResource`
   * family knows: "JSTOR itself is fine; you can reach it from library.millbrook.edu/jstor", "MedlinePlus explains A1c
   * ranges at medlineplus.gov/a1c.html") is the resource's, as one after "guide", "page", "database" is
   * (checks/referral.ts `resourceOwned`), so it is no way to reach a party the next sentence refers the patron to
   * ("Please contact IT…", "please discuss them with your physician"). Left out (v1-v9): only resource nouns owned a
   * URL, and such a sentence gave the party a contact.
   */
  resourceNameOwnsUrlZ1?: boolean;
  /**
   * closing.courteous and Goodbye (v10, after the second wave): a greeting in the provider's first visible message
   * ("Good evening!", "¡Buenas tardes!") is no parting, though Y's and Z1's `farewell` alternatives read those words
   * as one when they end a message; in a short chat that opening can be one of the provider's last two messages
   * (classify.ts `courteousNow`). Left out (v1-v9): any `farewell` match counts wherever it is.
   */
  openingNotPartingZ?: boolean;
  /**
   * closing.no_dismissal (v11 K3): a provider leaving for their own reasons ("Great, I have to run anyway, bye!") right
   * after the patron said on their own that they were done ("yes thats all I needed"; `patronDone`, in a message that
   * asks nothing more) ends no help the patron still wanted, so it is no dismissal (checks/closing.ts). Left out
   * (v1-v10): any convenience phrase without a way back failed, wherever it came.
   */
  doneBeforeLeavingK3?: boolean;
  /**
   * info.source (v11 K4): a title in double quotes followed by "by" and an author of two or more capitalised words
   * ('"Flour Water Salt Yeast" by Ken Forkish', '“Minty” by Alan Schroeder') names a book (classify.ts
   * `QUOTED_TITLE_BY_K4`); a weekday or month after "by" is a date ('click "Place Hold" by Tuesday March 3'). Left out
   * (v1-v10): `TITLE_BY` needed the title's last word right before " by", so a closing quote there hid the book.
   */
  quotedTitleByK4?: boolean;
  /**
   * referral.contact (v11 K4): the service's name with another verb than "ask" in the opening ("Hi! Text a Librarian at
   * Hamilton Public Library, this is Deb.", "Chat with a Librarian at…", "Email a Librarian service, Jo here") is no
   * referral, under the conditions of Y's and Z2's readings (nothing before the verb in its clause, one of the provider's
   * first two messages, the message greets or introduces the provider; checks/referral.ts `SERVICE_VERB_K4`). Left out
   * (v1-v10): only "Ask a Librarian …" was read as the name, so "text a librarian at <library>" sent the patron there.
   */
  serviceVerbNameK4?: boolean;
  /**
   * referral.contact (v11 K9): Spanish referrals read as the English ones are: a capitalised name after a Spanish
   * getting-in-touch verb is a party ("Usted puede contactar Catholic Charities…", "le recomiendo hablar con City
   * Life/Vida Urbana"; checks/referral.ts `CAPITAL_OBJECT_ES_K9`, as K1's `namedObjectK1` reads "contact Catholic
   * Charities"), and a clause joined by "o"/"y" before the verb is a lead-in ("vuelva a escribirnos más tarde o llame al
   * laboratorio al 512-…", as v7 E's `COORDINATED_E` reads "… or call them at"). Left out (v1-v10, v11 K1-K8): English
   * verbs and "or"/"and" only.
   */
  spanishReferralK9?: boolean;
  /**
   * transfer.handoff (v11 K9): an internal note in Spanish that only hands the chat over ("Rafa, te paso este chat.",
   * "¿Puedes tomar esta consulta?") does not say why: Spanish hand-over words join v8 F's English ones
   * (checks/transfer.ts `HANDOVER_ES_K9`); a note with a reason ("usuaria que prefiere español, busca preparación GED")
   * still says why. Left out (v1-v10, v11 K1-K8): every Spanish word counted as a reason.
   */
  spanishHandoverK9?: boolean;
  /**
   * referral.contact (v11, the merge's): a party named in capitals after a getting-in-touch verb ("You'd want to contact
   * SCORE about that part") comes with a way to reach it when another provider message, before or after, gives one
   * beside the same name written the same way ("SCORE volunteers mentor owners for free; request one at score.org.")
   * (checks/referral.ts `namedElsewhere`). K1's `namedObjectK1` made such names parties; on the generator's sessions
   * SCORE's address came 14 messages after the referral. Left out (v1-v10): the contact had to be in the referring
   * message, the next provider message about "them", or (v10 Y) the message just before.
   */
  namedElsewhereKM?: boolean;
  /**
   * transfer.handoff (v11 K7): the internal note must be the TRANSFERRING provider's ("before the transfer the
   * transferring provider sent an internal message"): when the note has an author id, it is the id of the provider who
   * holds the chat before that transfer (`provider.id`, then each transfer's `to`) or of the last visible provider message
   * before it; a supervisor's or a third colleague's note ("Bo, please take Jo's chat: …") does not count for Jo
   * (checks/transfer.ts). A note without an author id still counts. Left out (v1-v10): any internal note not by the
   * receiving provider counted.
   */
  noteByTransferrerK7?: boolean;
  /**
   * transfer.handoff (v11 K7): words that say no why in a note: where the chat comes from ("one incoming from the Howard
   * County queue, all yours": the words of "from (the) … queue" are left out) and pleasantries to the colleague ("Hey Bo,
   * hope your shift is going ok!": hope, shift, going, day, evening…) count as hand-over words
   * (checks/transfer.ts `PLEASANTRY_K7`, `FROM_QUEUE_K7`). Left out (v1-v10): such words read as the reason.
   */
  noteNoWhyK7?: boolean;
  /**
   * (v11 K8) A further party in the same message ("…e-mail them at surrogate@…. Then take the letters to your bank
   * branch.") takes its contact only from a sentence that gives a way to reach a party: a URL owned by a resource named
   * before it ("The state's page on it is nj.gov/…") no longer counts (its own sentence still counts any contact).
   */
  ownedFurtherK8?: boolean;
  /**
   * (v11 K8) More resource nouns own the URL after them: "The zoning ordinance is online at ecode360.com/…" (an
   * ordinance, regulation, bylaw, manual or handbook is a text to read, not a party's address).
   */
  moreResourceNounsK8?: boolean;
  /**
   * (v11 K8) A parenthesis closed before a referring verb does not open its clause, and is left out of the lead-in:
   * "Email the Bursar (bursar@wcupa.edu) or stop by Financial Aid" refers to two parties (v1-v10 read the lead-in of
   * "stop by" as "bursar@wcupa.edu) or" and the second party went unseen). A sentence that only labels a contact
   * ("Phone: 610-891-4400.") starts no further party: it goes on with the one before it.
   */
  closedParenK8?: boolean;
  /**
   * (v11 K8) More ways a referring verb's object opens with how to reach the party: a service line after a
   * preposition ("Llame al 2-1-1", "call at 311") and a number in letters ("call 1-800-MEDICARE"); and a markdown link
   * opening the clause ("Register with them first: [Contact Disability Resources](https://…)"): the "[" is no lead-in.
   */
  contactObjectK8?: boolean;
  /**
   * (v11 K8) A suggestion put as a question refers the patron: "Have you tried calling your insurance company?", "Have
   * you thought about contacting the Ombudsman?" ("Have you contacted them?" asks what the patron did: not these).
   */
  suggestQuestionK8?: boolean;
  /**
   * (v11 K8) The answer to the patron's "who do I call?" ("who should I contact / talk to / ask / write to about…",
   * "¿a quién llamo?") refers the patron when the provider's next message opens by naming a party ("The Department of
   * Revenue, Personal Income Tax Division: 717-787-8201."), unless the provider speaks of acting themselves.
   */
  answerWhoK8?: boolean;
  /**
   * (v11 K8) An organisation named only by its acronym, in capitals, as the subject of "can help": "APPRISE can help
   * with that", "AARP Tax-Aide can do your return" (not a resource the rubric knows, "JSTOR can help", nor a file or
   * key word: "the FAQ can help", "a PDF can explain").
   */
  acronymPartyK8?: boolean;
  /**
   * (v12 L4) A sentence that is nothing but a check-in, typed without a question mark as texts often are ("you
   * there", "r u still there", "still with me", "anyone there"), asks whether the patron is still there
   * (session.idle_checkin). Left out (v1-v11): a check-in had to be a question or a "let me know if…".
   */
  bareCheckinL4?: boolean;
  /**
   * (v12 L7) Block tags an export left in a message's text ("<li>", "</li>", "<ul>", "</ol>", "<tr>", "<h3>",
   * "<blockquote>", "<hr>") are line breaks, as the chat showed them, before other tags are removed (timeline.ts
   * `HTML_BLOCK_L7`): "…in our catalog</li></ul>Is that what you were after?" is two lines, not "catalogIs that…".
   * Left out (v1-v11): the tags were removed and the words on each side ran together.
   */
  htmlBlocksL7?: boolean;
  /**
   * (v12 L7) UTF-8 punctuation an export read as Windows-1252 ("Iâ€™ll", "â€œTitleâ€\u009d", "â€¦", "â€”") reads as
   * the punctuation it was (timeline.ts `MOJIBAKE_L7`), so "Iâ€™ll email you by Friday" promises. Left out (v1-v11):
   * the garbled letters split the word ("i ll").
   */
  mojibakeL7?: boolean;
  /**
   * (v12 L7) A line break inside a sentence, as hard-wrapped exports and pasted text carry it, joins the lines when
   * the line before ends in a word that cannot end a sentence ("Does that" / "answer your question?", "you may
   * have" / "disconnected") or the next line opens with one that cannot open one ("…so I'll end" / "the chat now"):
   * lower-case words only, no punctuation before the break (timeline.ts `WRAP_L7`). Left out (v1-v11): every line
   * break ended a sentence.
   */
  wrappedLinesL7?: boolean;
  /**
   * (v14) A stored transcript's "[email]" and "[phone]", which stand where the patron's own address and number were
   * (importers' `redactTranscript` replaces them in every message and the patron fields), read as an address and a
   * number the patron gave (timeline.ts `PLACEHOLDER_V14`): in the analysed text and the patron fields alike, so a
   * session scores the same stored as uploaded. "I'll text [phone] the hours by tonight" promises a follow-up, "So
   * that's [phone], right?" reads a contact back, "I have you as [email]." is no contact for a party. Quotes still show
   * the placeholders. Left out (v1-v13): the placeholder was a word of its own, which some families read (v6's
   * referrals, v13's "[email]" alternatives) and most did not (scoring README, "Rubric v14").
   */
  placeholderContactsV14?: boolean;
  /**
   * (v15 O1) "I'd like to send your question to their staff so they can tell you for sure", "I would be happy to pass
   * your question on to their reference staff, who can look into it": the provider passing the question on, said as a
   * wish or an offer ("I'd like to", "I would like to", "I'm happy to", "I'd be glad to", "I want to"), acts on the
   * patron's behalf as v6's "I'll pass your question on to…" does, so the party that "can tell you" after it is no
   * referral (checks/referral.ts `PASSED_ON_WISH_O1`; "If you'd like, send your question to their reference staff,
   * who can tell you" is advice to the patron and still refers). Left out (v1-v14): only "I'll / I have / let me"
   * before the verb were read as passing the question on.
   */
  passedOnWishO1?: boolean;
  /**
   * (v15 O4) "Hi, Ask RPL, this is Greg at Ridgeport Public Library.", "Hello! Ask NYPL, Sam here.": a service named "Ask"
   * and an acronym in capitals, closed by punctuation or "here", opening a sentence of one of the provider's first two
   * messages (after nothing or a greeting) in a message that introduces the provider, is the service's name, not "ask" a party
   * (checks/referral.ts `SERVICE_ACRONYM_O4`; "Ask DMV staff about it" and "ask the DMV." still refer). Left out
   * (v1-v14): the library named later in the sentence made it a referral.
   */
  serviceAcronymO4?: boolean;
  /**
   * (v15 O4) info.source: a URL given only as the chat's own way back ("Feel free to start a new chat at
   * ridgeportlibrary.org/ask anytime.", "chat with us again at …") in a sentence that invites the patron back is no source,
   * as v9 P's "call us at …" is not (classify.ts `CHAT_LINK_O4`); a disconnect macro that holds one makes no substantive
   * exchange. Another URL in the sentence still gives one. Left out (v1-v14): any URL gave a source.
   */
  chatLinkBackO4?: boolean;
  /**
   * (v15 O4) "Got it: lena@example.org. I'll send the scan by Wednesday. Does that work for you?": v13 N7's short
   * question about the plan also when a follow-up promise stands between it and the contact read back (classify.ts
   * `contactCheck`): it asks about the arrangement, not whether the information meets the need. Left out (v1-v14):
   * only the sentence right before was read.
   */
  planCheckO4?: boolean;
  /**
   * (v15 O4) referral.contact: a meeting booked with one of the library's helpers named by role ("book a free 45-minute
   * resume review with a career coach at …", "schedule a session with one of our digital navigators") refers the patron
   * to that helper (checks/referral.ts `BOOK_ROLE_O4`, the referralVerb alternative keyed on the booking verb), as v12
   * M2's "book a session with the Writing Studio" does for a named unit. Left out (v1-v14): a helper named by role alone
   * was no party.
   */
  bookRoleO4?: boolean;
  /**
   * (v16 P4) referral.contact: a verb of calling or writing whose object opens with a contact, in a sentence that names no
   * party, refers the patron to the party the same message's sentence just before names ("Emily Griffith Technical
   * College tiene inglés de noche. Para inscribirse llame al 720-423-4700", "The Tutoring Center reviews essays. To book,
   * call 555-0100"), as v9 N's bare "Write or call:" does. Left out (v1-v15): such a sentence referred no one unless it
   * named the party itself. With no party in the sentence before ("Gracias por esperar. Llame al 303-555-0100 …"), the
   * sentence is read as v15 read it.
   */
  contactAfterPartyP4?: boolean;
  /**
   * (v16 P4) referral.contact: a Spanish purpose clause "para + infinitive" before the referring verb leads in to it ("Para
   * inscribirse llame al 720-…", "Para pedir cita, escriba a …"), as English "To register, call …" does (checks/referral.ts
   * `PURPOSE_ES_P4`). Left out (v1-v15): the clause was read as no lead-in, so the sentence referred no one. "Para eso
   * le llamo yo mañana" (the provider acting) still refers no one.
   */
  purposeLeadInP4?: boolean;
  /**
   * (v16, the merge) referral.contact: a contact in a sentence after the referral's, in the same message, is the
   * referred party's way to reach them when that sentence points to the party ("their", "them", one of the party's
   * words); otherwise a phone, e-mail or postal address counts unless the sentence refers the patron to another party it
   * names ("call your crop insurance agent … The Graham County Extension office can help you assess the stand:
   * 785-421-3411"), and a URL only when the sentence speaks of contact details, is little more than the address
   * ("Website: mdlab.org"), or the URL's domain opens with a word of the party ("you'll have to call the IRS … The CP14
   * notice is explained at irs.gov/cp14") (checks/referral.ts `laterContactTheParty`). Left out (v1-v15): any later
   * contact counted, so "check with Financial Aid in the Student Services building. Meanwhile the library lends
   * textbooks: library.hccs.edu/…" passed.
   */
  laterContactOwnerV16?: boolean;
  /**
   * (v16 P5) referral.contact: an imperative closed by a tag question ("Reach out to a crisis line tonight, okay?", "Call
   * them first thing tomorrow, ok?", "…, alright?") tells the patron to do it, as the sentence without the tag does
   * (checks/referral.ts `TAG_Q_P5`). Left out (v1-v15): the "?" made it a question, which refers no one. The tag must
   * follow a comma: "Is the 9 am slot ok?" is a question.
   */
  tagQuestionP5?: boolean;
  /**
   * (v16 P6) referral.contact: v15 O2's booking of the party named before the verb also with "a time / a slot" booked
   * at a scheduling page ("Our Career Center has one-on-one help; book a time at jaxpubliclibrary.org/career"), as "book
   * a session at" (checks/referral.ts `BOOK_AT_P6`). Left out (v1-v15): "book a time at" referred no one.
   */
  bookTimeP6?: boolean;
  /**
   * (v16 P7) Substantive exchange: a patron message that announces a staff test in a sentence of its own ("This is a test
   * from Kim at the Eastside branch, checking the chat widget after the website update. Please ignore!") asks nothing,
   * as v13 N4's "testing the new chat widget, please ignore" does, when it has no question mark and no words of a need
   * (how, what, where, can you, I need, looking for, help me; facts.ts `TEST_NOTICE_P7`). Left out (v1-v15): only N4's
   * whole-message phrases asked nothing, so any longer test notice opened the exchange.
   */
  testNoticeP7?: boolean;
  /**
   * (v16 P7) referral.contact: a librarian who "will help" in a new chat ("you can start a new chat after 2 and a
   * librarian will help with APA") is the service itself, no party outside the chat (checks/referral.ts
   * `NEW_CHAT_PARTY_P7`), as v7 D's "ask a librarian here on chat" is not. Left out (v1-v15): read as a referral to a
   * librarian with no contact. "Start a new chat, or the county clerk can help" still refers to the clerk.
   */
  newChatPartyP7?: boolean;
  /**
   * (v17 Q2) info.source: an e-mail or phone in a sentence that refers the patron to the party it belongs to ("Call the
   * Kentucky Board of Nursing at 502-429-3300 to confirm the timing") is a referral's contact, a source, though the
   * sentence has words of the patron's own contact ("confirm"); tested only where those words matched (classify.ts
   * `sentenceSource`, checks/referral.ts `refersPatron`, as v9 T's `referralContactNotPatronT` reads the same sentence
   * for followup.contact). Left out (v1-v16): read as the patron's contact, no source. "Can you confirm your number,
   * 608-555-0140?" still gives none.
   */
  referralPhoneSourceQ2?: boolean;
  /**
   * (v17 Q2) followup.contact and resolution.code: "I'll send you the list … at a.okafor@example.org", a first-person
   * send (`followupSend`) to the patron's own e-mail (the patron field's, or one the patron typed before it) promises a
   * follow-up though no time is named (classify.ts `SEND_TO_Q2`). Left out (v1-v16): a send needed a time word. "I'll
   * send you the link; applications go to hr@example.org" (not the patron's address) promises nothing.
   */
  sendToAddressQ2?: boolean;
  /**
   * (v17 Q2) referral.contact: a referring verb whose clause opens with "they" and a modal ("You can order it online at
   * ged.com, and they can send it straight to the employer") is the agency acting, not the patron told to contact
   * anyone (checks/referral.ts `THEY_SUBJECT_Q2`). Left out (v1-v16): read from the sentence's "you can". "If they
   * can't find it, call GED Testing Service at 877-392-6433" still refers ("call" opens its clause).
   */
  theySubjectQ2?: boolean;
  /**
   * (v17 Q4) referral.contact: a contact verb whose object is the patron ("my colleague Jen will keep digging and text
   * you by Friday at …, ok?", "the clinic will call you back") is the party reaching the patron, never a referral
   * (checks/referral.ts `CONTACTS_PATRON_Q4`). Left out (v1-v16): read as a referral when the sentence was no question.
   */
  contactsPatronQ4?: boolean;
  /**
   * (v17 Q3) referral.contact: in a sentence that refers to two parties, a referring verb right after "by" gives the means
   * of reaching the party before it, no party of its own ("request an appointment at your local USCIS field office by
   * calling the USCIS Contact Center at 800-375-5283": the field office is reached through that number) (checks/referral.ts
   * `clauseParties`). Left out (v1-v16): the field office was a party of its own with no contact. "Request an
   * appointment at your field office, and call the Contact Center at 800-375-5283 about the delay" still has two parties.
   */
  byMeansQ3?: boolean;
  /**
   * (v17 Q3) referral.contact: a later referral in a message whose party is picked up by "they" as the subject of the
   * next clause ("Also call your local Office of Home Energy Programs; they run the grants") names a new party, which
   * needs its own contact, unless an earlier sentence of the message holds the party's first word or two of its words (as
   * v13 N8's `partyWordsN8`) (checks/referral.ts `namedThenTheyQ3`). Left out (v1-v16): any "they" in the sentence read
   * as pointing back to the party before, so the BGE phone of the sentence before passed for the energy office too.
   */
  subjectTheyQ3?: boolean;
  /**
   * (v17 Q3) referral.contact: v15 O2's booking at a scheduling page also books a party the sentence just before names,
   * when the booking verb opens its sentence ("AARP Foundation Tax-Aide volunteers are at the Main Library Tuesdays
   * 10-2. Book an appointment at aarpfoundation.org/taxaide"), and volunteers, tax preparers and benefits navigators are
   * parties to book (checks/referral.ts `booksAtPage`). Left out (v1-v16): only a help unit named in the booking's own
   * sentence. "The library has study rooms. Book a time at rooms.lib.org" still books no one.
   */
  bookedBeforeQ3?: boolean;
  /**
   * (v17 Q3) referral.contact: "phone" straight after a comma that follows a street address, in a listing of a place's
   * details ("The closest is the Hibbing VA Clinic, 1101 E 37th St, Hibbing, phone 218-263-9698"), labels the number and
   * tells the patron nothing (checks/referral.ts `PHONE_LABEL_Q3`). Left out (v1-v16): it read as the imperative "phone
   * 218-…". Still a referral: "If the clinic at 1101 E 37th St is closed, phone 218-…", "…, or phone 218-…".
   */
  phoneLabelQ3?: boolean;
  /**
   * (v18 R2) referral.contact: a pronoun referral with no contact of its own ("The Cuyahoga County Archives may also have
   * the coroner's files. Ask them about the inquest records.") points to the party an earlier sentence of its own message
   * names, so v10 Y's `contactBeforeY` does not take the contact of the provider's message before (the Ohio Department
   * of Health's PO Box) unless that message names the same party (its first word or two of its words, as v13 N8's
   * `partyWordsN8`) (checks/referral.ts `namedHereR2`). Left out (v1-v17): the message before gave "them" its contact.
   * "…Service Centers issue licenses, phone 612-348-8241." then "…give them a call." still takes it (no party named
   * between), and so does "The Cuyahoga County Archives, 216-443-7250 …" before "The Cuyahoga County Archives may also …
   * Ask them …".
   */
  pronounNamedHereR2?: boolean;
  /**
   * (v18 RM) referral.contact: a URL whose domain names a thing written before it ("MLA 9 recommends DOIs (style.mla.org),
   * …", "The FTC describes it here: consumer.ftc.gov/…") is that thing's, not the way to reach a party named after it:
   * before a referral's verb in its own sentence ("…, so e-mail your professor" has no contact), and in an earlier
   * sentence lending its contact to the first of two parties in one sentence ("Call your bank today…, and report the scam
   * to the FTC at reportfraud.ftc.gov": the bank has none). A clause after ";" or a later sentence that names a party of
   * its own gives that party's contact, not the verb's party's ("call your pediatrician; if you think too much was given,
   * Poison Control is 1-800-…"; "call 911 now, or go to the nearest emergency room. Poison Control is also at …"). Still
   * the party's: a URL whose domain names the party after the verb, a party pointed back to ("…, so contact them"; ";
   * their nurse line is …"), an earlier sentence that names the same party, and phones, e-mails and addresses
   * (checks/referral.ts `urlsNamedBeforeRM`, `afterVerbContactRM`, `namesOtherPartyRM`). A party named after ";" is that
   * clause's, not a second party of a verb before it ("… line at 888-… and ask; the AG's office will mail you a form",
   * `clauseParties`). With it, "report … to <party>" refers and names its party whatever it is. Left out (v1-v17): any contact of the sentence, and of an earlier or a
   * later sentence for the first and last of two parties in one sentence, counted.
   */
  namedUrlRM?: boolean;
  /**
   * (v18 RM) referral.contact: a visit with no object ("drop in", "go in person", rubric.ts block RM) refers the patron to
   * the party its own sentence names before it ("Our volunteers at the Job Help Desk in Room 204 … can sit with you,
   * Tuesdays and Thursdays 1-4 pm, drop in."; checks/referral.ts `VISIT_BACK_RM`). Left out (v1-v17): the verbs are not
   * referring verbs.
   */
  visitBackRM?: boolean;
  /**
   * (v18 RM) referral.contact: "by text" with no phone number after it is a means of getting something ("ask for the code
   * by text: support.indeed.com > Account > …"), not the imperative "text <them>" (checks/referral.ts). Left out (v1-v17):
   * "text:" read as a bare verb whose party is the sentence before's ("Indeed's help center"). Still a referral: "text
   * them at 555-0100", "by text at 741741".
   */
  byTextRM?: boolean;
  /**
   * (v18 RM) inquiry.clarify: a question about the patron's e-mail that names a mail service ("Is your email Gmail, or
   * something else?") asks which kind of account the steps are for, as v8 I's account questions do, not how to reach the
   * patron (classify.ts `MAIL_SERVICE_RM`; not a service inside an address: "Is kwalsh@gmail.com still the best address?",
   * nor a question about reaching or sending: "Is your Gmail still the best email to reach you?").
   */
  mailServiceRM?: boolean;
  /**
   * (v19 SM) referral.contact: the reply to "who do I call?" (v11 K8's `answerWhoK8`) names no party in a clause that tells
   * the patron NOT to contact it ("No, EBT can't pay fines, so don't call the number on the back of your EBT card for this";
   * checks/referral.ts `NEGATED_CONTACT_SM`). Since S7, not when a later clause opens with the party that handles it ("You
   * don't need to call the state, the City Streets Division handles potholes"). Left out (v1-v18): any party named in the
   * reply's first sentence answers.
   */
  negatedWhoSM?: boolean;
  /**
   * (v19 SM) referral.contact: the service's name as "Ask <Name> here" opening the provider's first message ("Good afternoon,
   * Ask Sac here, this is Lena from Sacramento Public Library") is no referral, as v15 O4's acronyms ("Ask RPL") are not
   * (checks/referral.ts `SERVICE_HERE_SM`). Since S7, not "here" before a place or clause ("Ask Legal Aid here in town"),
   * nor "this is" / "I'm" before anything but a capitalised name ("Ask Mr Okafor, I'm sure he…"). Left out (v1-v18): "ask"
   * and a capitalised name refer the patron to it.
   */
  serviceHereSM?: boolean;
  /**
   * (v19 SM) referral.contact: a call whose first object is no contact but whose alternative is a phone number ("Llame al
   * número que está atrás de su tarjeta, o al 1-800-935-9935 de Chase") is a contact verb with a phone as its object, as
   * v9 T's `contactObjectAloneT` reads "call 410-479-8080" (checks/referral.ts `ALT_CONTACT_SM`). Since S7, not the
   * library's own number ("…, or 555-201-0100 here at the branch"). Left out (v1-v18): only the words right after the verb
   * are its object.
   */
  altContactSM?: boolean;
  /**
   * (v19 SM) referral.contact: a URL in an earlier sentence whose subject is the referred party ("The CFPB explains overdraft
   * rules at consumerfinance.gov/ask-cfpb. If the bank won't budge, you can file a complaint with the CFPB as well.") is the
   * party's own address, a way to reach it, though it follows a thing it explains (checks/referral.ts `ownedContact`).
   * Since S7, not for a referred party that shares a word with the subject but opens with another ("The Ohio Attorney
   * General explains … at ohioprotects.org" before "talk to a private attorney"). Left out (v1-v18): a URL after a
   * resource's name is that resource's.
   */
  subjectUrlSM?: boolean;
  /**
   * (v19 S2) followup.contact, followup.on_time, resolution.code: an offer stated after "but" ("I can't see SEO accounts,
   * but I could pass your question to Pickaway's staff to email you.") that the patron's next message turns down ("I'd
   * rather not give my email") is no promise, as v11 K6's offers opening their sentence ("I could…") already are
   * (classify.ts). Left out (v1-v18): only offers opening the sentence were taken back.
   */
  butCanOfferS2?: boolean;
  /**
   * (v19 S3) A Spanish prepositional phrase opening the clause before the referring verb, no comma, as v9 N's
   * `prepLeadInN` reads English "For help with your case call …": "Para ayuda con su caso llame a Legal Aid … al 1-888-…",
   * "y sobre el depósito escriba a …". Not one with a subject, a relative clause or a condition ("para que usted llame
   * …", "para la gente que llama a la oficina", "cuando llame") (checks/referral.ts `PREP_LEAD_ES_S3`). Left out (v1-v18):
   * only "para" and an infinitive (v16 P4's `purposeLeadInP4`).
   */
  prepLeadInEsS3?: boolean;
  /**
   * (v19 S3) referral.contact: "Ask them whether the waitlist is open this month" points back to the party named before
   * (with its contact there), as "ask them if …" did: the pronoun before a question word ("whether", "how", "what",
   * "which", "why", "where", "who") is the party (checks/referral.ts `PRONOUN_QUESTION_S3`). Left out (v1-v18): only the
   * words of v9 N's `PRONOUN_OBJECT_N` after the pronoun, so the question's own words were read as a new party's. Since
   * S7, a party the sentence names before the verb is the pronoun's ("Your caseworker decides SNAP, so ask her whether you
   * qualify": not an earlier sentence's contact of the food bank).
   */
  pronounQuestionS3?: boolean;
  /**
   * (v19 S5) approachability.greeting: a terse sign-on that gives a capitalised name and the library with only a comma
   * between, as the whole sentence ("Hello - Jan, Toledo Library.", "Ms. Tremblay, Lord Byng Secondary library.") or
   * the service then the name ("Library enquiry service, Helen.", "Ref desk, Lee.") identifies who is answering
   * (classify.ts `NAME_COMMA_PLACE_S5`). Not a name after a greeting word ("Hi Maria, Toledo Library."), nor a name
   * after thanks or a welcome ("Thanks for contacting the library, Maria.", "Welcome to the library, Maria."), nor a
   * sentence that goes on after the place ("Jan, Toledo Library has it."). Since S7, a name after a dash or colon only
   * after a greeting or nothing (classify.ts `signOnLeadS5`; not "Saturday at 10am - Auditorium, Main Library.", nor a
   * colleague's quoted note signed "— Kevin, Heritage Library.").
   */
  nameCommaPlaceS5?: boolean;
  /**
   * (v20 T3) referral.contact: in a sentence that refers the patron to two parties ("… call Cass County Parks at
   * 816-380-8100, and you can also ask at the ranger station when you get there."), the "there" of the patron's own
   * arrival ("when you get there", "once you're there", "if you go there") does not point the second part back to the
   * first party (checks/referral.ts `ARRIVAL_THERE_T3`, inside `clauseParties`' same-party test): the second party needs
   * its own contact. "ask them …", "ask for the records desk" and "ask there" still go on with the first party.
   * The second wave (T8) narrowed it: T3's arrival "there" takes "are / be there" only after "you"
   * ("once you're there", "when you'll be there"): "ask whether the benefits counselors are there on Fridays", "ask if the
   * deed clerk will be there Saturday" are the office named first, one party (checks/referral.ts `ARRIVAL_THERE_T3`).
   */
  arrivalThereT3?: boolean;
  /**
   * (v20 T6, within `nameCommaPlaceS5`) approachability.greeting: the "name" of S5's sign-on is no day, time or place
   * word: "Hi! Eastside Branch Library, Saturdays.", "Hello! Children's Desk, Upstairs." answer where and when, and say
   * nobody is answering (classify.ts `NOT_A_NAME_T6`; "Library enquiry service, Helen." still signs on). Left out (v19):
   * any capitalised word after the comma.
   */
  nameNotWhenT6?: boolean;
  /**
   * (v20 T6, within `negatedWhoSM`) referral.contact: the reply to "who do I call?" that says not to call one way but,
   * in a later clause, tells the patron to reach a party another way ("Don't call the main number; walk over to the
   * Registrar's office in Hanley Hall.") answers with that party (checks/referral.ts `NEGATED_THEN_VERB_T6`), as S7's
   * clause that opens with the party does. Left out (v19): only a clause opening with the party.
   */
  negatedThenVerbT6?: boolean;
  /**
   * (v20 T6, within `butCanOfferS2`) followup: the offer after "but" that the patron's next message takes up while
   * turning down something else ("I'd rather not pay online, email me at jt@example.org": an e-mail or phone given, or
   * "email / send / text me") is still a promise (classify.ts `TAKES_OFFER_T6`). Left out (v19): any "I'd rather not" in
   * the patron's next message declined the offer.
   * The second wave (T8) narrowed it: "email / send / text / call me (it)" after "don't, do not, not, never, no need
   * to, stop" takes no offer up ("I'd rather not, please don't email me"): the refusal stands as in v19 (classify.ts
   * `TAKES_OFFER_T6`).
   */
  takesOfferT6?: boolean;
  /**
   * (v21 U1) referral.contact: a referring verb whose own clause has a third party as its subject, after a conjunction or
   * alone ("You can request a SCORE mentor at score.org; they review plans before people go to the bank", "…, though most
   * people go to the bank first") is what those people do, not something the patron is told to do, even when the sentence
   * opened on "you can" (checks/referral.ts `OTHER_SUBJECT_U1`). "…; before you go to the bank, call the SBDC" still
   * refers. Left out (v1-v20): a "you can" anywhere before the verb made every later verb the patron's.
   */
  otherSubjectU1?: boolean;
  /**
   * (v21 U1) referral.contact: an imperative that names the means of doing it, "Book by calling the Tax-Aide line at
   * 503-…", "Make an appointment by calling the VITA site at …", "Apply by emailing the county HR office at …", tells the
   * patron to call or write to that party, as "You can book by calling …" already did (checks/referral.ts `BY_MEANS_U1`:
   * the clause opens on one of a few verbs of booking, applying or signing up, then "by" and the verb in -ing). "The
   * preparers book clients by calling the Tax-Aide line" (a description, with a subject) does not. Left out (v1-v20):
   * only a "you can / you should" lead made such a verb the patron's.
   */
  byMeansU1?: boolean;
  /**
   * (v21 U2, within `forThatLeadInW`) referral.contact: the pronoun lead-in followed by "please / pls / plz / kindly"
   * before the verb ("…you'll want PETG, and for that please email the makerspace staff at 4thfloor@…") opens the
   * referring clause as "so for that, contact…" does (checks/referral.ts `forThatPleaseU2`). Anything else between
   * the lead-in and the verb still does not ("for that reason please…"). Left out (v1-v20): the "please" after the
   * lead-in made the sentence no referral.
   */
  forThatPleaseU2?: boolean;
  /**
   * (v20 T2) referral.contact: after a transfer notice, a can-help clause whose subject is only a pronoun ("I'm
   * transferring you to Maria, who runs our adult learning program; she can tell you about placement.") is about the
   * colleague the chat goes to, not a party outside the chat (checks/referral.ts `TRANSFER_PRONOUN_T2`; a transfer is no
   * referral). Another subject after the notice ("…; the Literacy Council can also tell you about placement.") still
   * refers. Left out (v1-v19): v13 N7's clause after the colleague's may refer whatever its subject.
   * The second wave (T8) narrowed it: T2's pronoun clause is the colleague's only when the transfer
   * happens: "I can't transfer you to the county law library since they aren't on our chat system; they can help you…",
   * "I tried to transfer you…", "I'd transfer you…" transfer nothing, and the clause goes on referring as in v19
   * (checks/referral.ts `NO_TRANSFER_T8`).
   */
  transferPronounT2?: boolean;
  /**
   * (v12 L7) inquiry.clarify: a question about the e-mail the patron's account was opened with ("Do you still have
   * the email you signed up with?") is about the patron's situation, like v8 I's account questions, not how to
   * reach the patron (classify.ts `ACCOUNT_EMAIL_L7`).
   */
  accountEmailL7?: boolean;
  /**
   * (v12 L3) inquiry.clarify: a choice whose second option asks whether the thing just named is what the patron is after
   * ("Do you know if the house is older than 1920, or is that what you're trying to find?", "…, or is that what you're
   * looking for?") asks about the need, as v10 U's ", or would the preprint do?" does (classify.ts `choiceQuestion`,
   * `CHOICE_OR_L3`), unless the first option is a completeness question itself ("Does that help, or is that what you're
   * trying to find?"). Left out (v1-v11): the tail read as a completeness question, so the whole question did not clarify.
   */
  choiceTailL3?: boolean;
  /**
   * (v12 L2) referral.contact: a wish about a party already named, "I hope they can help.", "Hopefully she can help
   * you", is no new referral (checks/referral.ts `HOPE_L2`; a named subject, "Hopefully the Office on Aging can help",
   * still refers). Left out (v1-v11): "they can help" after the wish was a referral without a way to reach them.
   */
  hopeCanHelpL2?: boolean;
  /**
   * (v12 M2) referral.contact: a booking verb with "with" and a capitalised name after it, "book a session with the
   * Writing Studio", "schedule a consultation with Academic Skills", makes the name a party whatever its words
   * (checks/referral.ts `BOOK_WITH_M2`), as K1's `namedObjectK1` does after "contact". Meeting tools ("a meeting with
   * Zoom") and "at" (a room: "book a session at the Media Studio") stay out. Left out (v1-v11): the object needed a
   * referralParty word ("centre", "librarian"), so units named otherwise were no party.
   */
  bookWithM2?: boolean;
  /**
   * (v12 L2) referral.contact: "text HOME to 741741", "txt TEEN to 839863": a keyword and a short code after "text" open
   * the object with a number to text (checks/referral.ts `SHORT_CODE_L2`), as "call 1-800-…" does.
   */
  textShortCodeL2?: boolean;
  /**
   * (v12 L2) referral.contact: a line named before a verb of calling whose object is left out, "988 is there if you need
   * it, call or text anytime", "The Trevor Project's line is 1-866-488-7386, call 24/7" (checks/referral.ts
   * `ELIDED_L2`): the line before is the number to call ("The branch at 311 Main St. is open late, call anytime" names
   * no line).
   */
  elidedObjectL2?: boolean;
  /**
   * (v12 M4) inquiry.clarify: "Looking for anything specific?", "Anything in particular you're after?" asked after the
   * patron has already asked about something ("do u guys have switch games") narrows that need: it counts as a question
   * about the need, not the greeting's open offer (classify.ts `NARROW_M4`, `patronAskedBefore`). Asked before the patron
   * said more than a greeting or a bare "can you help me?", it is still the offer. Left out (v1-v11): the words were
   * the greeting's offer wherever they stood.
   */
  narrowAfterAskM4?: boolean;
  /**
   * (v12 M4) referral.contact: a count of places or organisations that "can help", with the parties listed after a colon
   * ("Three places can help: OSHIIP counsels on Part D at 1-800-…; the Area Agency on Aging…"), refers the patron to the
   * parties listed (checks/referral.ts `COUNTED_M4`). Left out (v1-v11): "three places" named no party, so the list was no
   * referral ("Two places online can help: …" and "Two websites can help: …" still name none).
   */
  countedPartiesM4?: boolean;
  /**
   * (v13 N4) Substantive exchange: "the patron asked something". Patron messages that only greet, acknowledge, apologise
   * for a wrong button or chat, or announce a staff test ("hi", "oh sorry wrong button lol", "perdón, me equivoqué de
   * botón", "testing the new chat widget, please ignore", an emoji) ask nothing; a provider message counts only after a
   * patron message that does (facts.ts `NO_ASK_N4`). Left out (v1-v12): any patron message opened the exchange.
   */
  askedNothingN4?: boolean;
  /**
   * (v13 N8) referral.contact: a URL in an earlier sentence of the referring message counts as the referred party's only
   * when that sentence holds the party's first word or two of its words, not a later word the two share by chance
   * (checks/referral.ts `ownedContact`): "…the orchestral parts are rental only (catalog…). You'll need to contact Boosey
   * & Hawkes' rental library" gives Boosey & Hawkes no way to be reached ("The Register of Wills page … ask the Register
   * of Wills" and "the details are on columbuslibrary.org. Just give our Homebound Services folks a call" still do).
   * Left out (v1-v12): any one shared word of four letters or more made the URL the party's.
   */
  partyWordsN8?: boolean;
  /**
   * (v13 N8) referral.contact: a further referral sentence that points back with "them" starts a party of its own when it
   * names, before the pronoun, a party not named earlier in the message (not a generic office or desk): "The Coles County
   * Historical Society may also have records, so it's worth asking them too" after an e-mail for the State Archives needs
   * its own way to reach the society (checks/referral.ts `themNewParty`). Left out (v1-v12): a sentence with "them" only
   * went on about the party before it.
   */
  themNewPartyN8?: boolean;
  /**
   * (v13 N8) followup.completeness: "Would that …?" after an offer in the same message asks about the offer only when no
   * sentence between them gives a source (classify.ts `offeredBefore`, read from the question back): "I'll call you by
   * Friday either way. Meanwhile, Naxos Music Library has Gigli's recordings… Would that do for class?" asks about Naxos
   * ("I can mail you a copy of the map. Would that help?" still offers). Left out (v1-v12): any offer earlier in the
   * message made the question an offer.
   */
  givenBetweenN8?: boolean;
  /**
   * (v13 N8) referral.contact: in the provider's opening message, a sentence that opens with "Ask" (or a greeting and
   * "Ask") and the name of a library or librarian, then a break or "here", names the service answering, as v7's "Ask a
   * Librarian" does: "Hi! Ask the Music Library, Eli here.", "Ask a Law Librarian here" (checks/referral.ts
   * `SERVICE_LIBRARY_N8`). "For scores, ask the music library." and "Ask the music library staff" still refer. Left out
   * (v1-v12): only "a librarian" was read as a service's name.
   */
  serviceLibraryN8?: boolean;
  /**
   * referral.contact (v13 N5): in the referral's own sentence, a URL that comes before the referring verb and belongs to a
   * resource named just before it ("Tempe's Zoning and Development Code (tempe.gov/zdc) … so check with the Community
   * Development Department") is that resource's, not the referred party's way to reach, unless a label of its domain is a
   * word after the verb ("the form at service.nsw.gov.au…, then take your ID to a Service NSW centre"); a URL after the verb
   * still counts as before. Left out (v1-v12): any URL in the referral's sentence counts.
   */
  urlBeforeVerbN5?: boolean;
  /**
   * (v13 N6) approachability.greeting: a capitalised name right after "you've got" names who is answering ("Evening!
   * Library chat, you've got Niamh.", "You've got Gemma at Leeds Libraries"), when it ends the clause or "here", "at",
   * "from", "with" follow (classify.ts `GOT_NAME_N6`). Left out (v1-v12): "you've got" was no introduction ("You've
   * got Hoopla access with that card", "you've got 3 holds" still name no one).
   */
  gotNameN6?: boolean;
  /**
   * (v13 N1) info.source: a book named without "by": "Author's Title" ("Kate Quinn's The Alice Network", "Jojo Moyes' The
   * Giver of Stars") in a sentence about reading, "Title (Author)" twice in a sentence or once in a sentence about
   * reading, a list of two or more "Title - Author" lines, "the Wings of Fire series", and Spanish "Le recomiendo Título
   * de Autor" (classify.ts `bookShapeN1`). Possessors that are places or institutions ("Prince George's County",
   * "Springfield City Library's Circulation Desk"), one-word ones ("Tuesday's Story Time"), programs and desks after the
   * possessive, TV and lecture series stay out. Left out (v1-v12): only "Title by Author" was a book.
   */
  bookShapesN1?: boolean;
  /**
   * (v13 N7) "Are you looking for large print only, or would the audiobook on CD work too?": a choice whose second
   * option is worded "would / will / does Y work (too)" asks about the need, as v10 U's ", or would the preprint do?"
   * does, so it clarifies (classify.ts `CHOICE_WORK_N7`; "Does that help, or would the DVD work better?" opens on a
   * completeness question and stays one). Left out (v1-v12): the "work" of the second option read as "would that work?".
   */
  choiceWorkN7?: boolean;
  /**
   * (v13 N7) "…start a new chat and my colleague can help with the test, or call the reference desk at …": a colleague
   * in one clause does not make the call to a department in a clause of its own after ", or" / ";" a transfer notice,
   * so the call is still a referral (checks/referral.ts `CLAUSE_BREAK_N7`). Left out (v1-v12): the whole sentence was a
   * transfer notice and referred no one.
   */
  colleagueClauseN7?: boolean;
  /**
   * (v13 N7) "I have troop2210@example.org. Does that sound good?", "Angela will call (740) 555-0148 before 4. Does that
   * work for you?": a short question right after an e-mail or phone the patron wrote in the chat, read back, asks about
   * the contact or the call, as v11 K6's "does that look right?" does, not whether the information meets the need
   * (classify.ts `CONTACT_CHECK_N7`, `patronGaveN7`; the seventh round's "ill text u back at 443-555-0196 b4 5pm. sound
   * ok?", a number the patron never typed, still asks). Left out (v1-v12): "sound good", "work for you" asked about the
   * answer.
   */
  contactCheckSoundN7?: boolean;
  /**
   * (v13 N7) "My shift ends at noon, but I'll stay on until we sort this out. Your card …": the provider's own
   * convenience mentioned in a message that announces no end, in a sentence that goes on to say the provider stays
   * ("but I'll stay on", "but I'm not going anywhere", "but no rush"), ends nothing (checks/closing.ts `STAYS_N7`; "My
   * shift's over in 2 min so let's wrap up. Try JSTOR." still fails). Left out (v1-v12): any mention of the shift
   * ending failed unless a way back was offered.
   */
  convenienceGoesOnN7?: boolean;
  /**
   * (v13 N7) An online tool owns the URL after it, as a guide or a form does: "Medicare's Plan Finder at
   * medicare.gov/plan-compare compares them" gives no way to reach the Area Agency on Aging referred to in the next
   * sentence (checks/referral.ts `TOOL_RESOURCE_N7`: finders, locators, lookup and search tools, trackers, estimators).
   * Left out (v1-v12): "compares them" read the URL's sentence as about the party.
   */
  toolResourceN7?: boolean;
  /**
   * (v13 N7) "You can also call the Ohio SBDC at Ashford State, which advises small businesses for free: (740)
   * 555-0190": a capitalised name (an acronym, or two capitalised words) after "call / phone / ring", with a phone in
   * the rest of the sentence, is a party as K1's names after "contact" are (checks/referral.ts `CALL_NAMED_N7`; "call
   * the number on your card", "call it in" name none). Left out (v1-v12): a name no party word knows, with words
   * between it and its number, was no party.
   */
  callNamedN7?: boolean;
  /**
   * (v13, the merge's) referral.contact: transfer words whose subject is a third party ("Call United Way at 2-1-1; they
   * can connect you with LIHEAP", "call 211, who can connect you with a shelter") are the party's doing, not a transfer
   * of the chat, so the sentence may still refer (checks/referral.ts `PARTY_CONNECTS_NM`; "I can connect you with a
   * colleague" and "my colleague can take it from here" still announce a transfer). Left out (v1-v12): any transfer words
   * in the sentence made it no referral.
   */
  partyConnectsNM?: boolean;
  /**
   * (v15 O3) inquiry.clarify: in the provider's first visible message, a question right after the sentence that
   * introduces the provider, with no source given before it, asks about the patron's situation even when it is worded
   * as a completeness question ("Hello, I'm Jo at Sample County Library, sorry to hear you were ill. Are the items back
   * now?"): nothing has been given yet for it to ask about (classify.ts `nothingGivenYetO3`; "Hi, I'm Jo. Your hold is
   * at Eastgate until Friday. Is that what you needed?" asks after an answer and stays a completeness question).
   * Left out (v1-v14): a completeness-shaped question never clarified, wherever it stood.
   */
  nothingGivenYetO3?: boolean;
  /**
   * (v15 O2) referral.contact: a party word inside a web or e-mail address in the referring verb's object is no party
   * ("Go to CINAHL Complete (library.pima.edu/databases, then C)" refers the patron to a database, not a library; the
   * object's party words are read with its addresses blanked, checks/referral.ts `withoutAddresses`). "Contact the
   * library at library@x.edu" still refers. Left out (v1-v14): "library" in the address made the object a party.
   */
  partyNotInAddressO2?: boolean;
  /**
   * (v15 O2) referral.contact: a booking verb whose object is a scheduling page ("book a session at tutoring.mccneb.edu",
   * "book a research appointment at libcal…/appointments") books the party named before it in the sentence ("The Math
   * Tutoring Center does free tutoring: book a session at …", "…the nursing librarian, Prof. Allen: book…"), a person or
   * a help unit (checks/referral.ts `BOOK_AT_O2`, `BOOKED_PARTY_O2`; "The library has study rooms: book a room at
   * libcal…" books no one).
   */
  bookAtPartyO2?: boolean;
  /**
   * (v20 T5) A behaviour the provider types over two consecutive messages (at most 30 s apart, the first with no . ! ?
   * at its end), read as one line in three places that v10 Z2's `fragmentsZ2` does not reach: followup.contact's when
   * ("I'll email you what I find" / "by tomorrow afternoon": a fragment of at most six words that starts with the time,
   * after a message that promises or delivers; checks/followup.ts `splitWhenT5`); closing.no_dismissal's way back
   * ("there are a few other patrons waiting" / "so I need to wrap up, feel free to start a new chat later!": the next
   * provider message, at most 30 s later and before the patron speaks, offers the way back; checks/closing.ts);
   * closing.courteous ("Have a" / "good one!": the provider's last message joined to the fragment before it, as Z2's
   * `joinedFragment` joins them). Not a time in a message that does not follow the promise at once, nor a way back
   * after the patron spoke. Left out (v1-v19): each message was read alone, so neither half was the when, the way
   * back or the goodbye.
   * The second wave (T8) narrowed it: T5's split when is only a time: a fragment with a verb or subject
   * of its own before any "if / unless" ("on Monday the archive is closed", "today we're short-staffed", "tomorrow the
   * branch opens late") is not when the information will come (checks/followup.ts `SPLIT_CLAUSE_T8`).
   */
  splitMessagesT5?: boolean;
  /**
   * (v20 T4) inquiry.clarify: a question whose only contact word is the patron's phone as a device ("So you need UpToDate
   * on your phone for clinicals, right?", "Is it from your phone, right?") asks about the patron's situation, not how to
   * reach them: no '@', digits, "e-mail", "number", "text", "call", "reach" or "contact" in it (classify.ts
   * `DEVICE_PHONE_T4`). Left out (v1-v19): "phone" and a read-back tag ("right?") made it a contact question.
   * The second wave (T8) narrowed it: a question about the phone that offers to send to it ("I can send the
   * link to you on your phone, right?") is about delivering to the patron, as in v19 (classify.ts `SEND_WORD_T8`).
   */
  devicePhoneT4?: boolean;
  /**
   * (v20 T4) referral.contact: a party that "can help you" when the provider's next sentence asks for the patron's e-mail
   * or phone so that the party can reach them ("…so our biology liaison can also help you subset it. Can I get your e-mail
   * so she can reach you?") is staff consulted on the patron's behalf, not a referral (checks/referral.ts
   * `REACH_YOU_T4`; the question must be the provider's: "Give them your number so they can call you back." still refers).
   * Left out (v1-v19): only a hand-off in the same sentence (v11 K1's `askOnBehalfK1`).
   * The second wave (T8) narrowed it: the question after the party is not the provider's request for the
   * contact when it asks whether the patron gave the party theirs ("Legal Aid can help you with that. Have you given them
   * your phone number so they can call you back?"): the party is referred to (checks/referral.ts `GAVE_THEM_T8`).
   */
  reachYouT4?: boolean;
  /**
   * (v20 T4) info.source (and what waits on it: inquiry.clarify, followup.completeness): a sentence announcing a transfer
   * that names a database only as the colleague's strength ("I'm transferring you to her; she'll know PubMed best.") gives
   * the patron no source, as "Let me check WorldCat" gives none; a URL, e-mail or phone there, or a word telling the
   * patron to use it ("in the meantime try PubMed"), still does (classify.ts `USE_WORDS_T4`). Left out (v1-v19): any
   * database named in a sentence was a source.
   * The second wave (T8) narrowed it: a transfer notice that says where the item is ("…; the article is in
   * CINAHL Complete", "the report is available through Statista", "you'll find the standard in ASTM Compass") names the
   * database for the patron, a source as in v19 (classify.ts `WHERE_WORDS_T8`; "she is in today", "our health sciences
   * librarian is on chat right now, so I'm transferring you to her; she'll know PubMed best" are the colleague).
   */
  transferNoSourceT4?: boolean;
  /**
   * (v21 U6) followup.completeness: "would / will / could / might that (this, it) …?" closing a sentence after a comma,
   * when the clause before the comma offers something not yet given ("I can also check whether the Eastgate branch has
   * a copy, would that help?", "I'll place a hold for you, would that work?") asks about the offer, as v7's
   * `givenNotOffered` reads the same question opening a sentence after an offer (RUBRIC.md's "would a scan be what you
   * need?"); not when that clause gives a URL ("The record is at catalog.example.org/x, would that help?" asks about what
   * was given) (classify.ts `offerCommaU6`). Left out (v1-v20): only a question that opens the sentence was read this way.
   */
  offerCommaU6?: boolean;
  /**
   * (v21 U6) referral.contact: a referral whose sentence's only way to reach anyone sits in a later clause of its own
   * about another party, named right before the contact (", and the pharmacy at 410-555-0134 can also check"), leaves
   * the party referred to first without one ("Please call your doctor's office, and the pharmacy at 410-555-0134 can also
   * check." fails) when no other sentence of the message, nor the next provider message, gives one
   * (checks/referral.ts `OTHER_PARTY_AT_U6`; "Please call your doctor's office at 410-555-0100, and the pharmacy at …"
   * still passes). Left out (v1-v20): any contact in the referring sentence was the party's.
   */
  otherPartyContactU6?: boolean;
  /**
   * (v22 V6) followup.completeness: a bare "Did it?" / "Does it?" / "Did they?" (nothing else in its sentence but "so /
   * and", emoji after the "?") right after "Hope that helps / works / does the trick" (the sentence before it in the same
   * message, or the same sentence before a comma) asks whether what was given helped ("Hope that helps! Did it? 🙂")
   * (classify.ts `hopeAskedV6`). Left out (v1-v21): the bare question named nothing, and "Hope that helps!" asks nothing.
   * A bare "Did it?" after anything else still asks nothing ("Your card may have expired. Did it?").
   */
  hopeAskedV6?: boolean;
  /**
   * (v21 U3) referral.contact: the party of "ask / check with <party> which / what <a few words> she / he / they / you …"
   * ends before the indirect question the patron is to ask ("Ask your teacher which edition she wants. The Folger edition
   * is free online at folger.edu/…": the party is "your teacher", so the later sentence's "edition" does not make the
   * Folger URL the teacher's contact) (checks/referral.ts `PARTY_QUESTION_U3`). Left out (v1-v20): the party ran on to the
   * end of the sentence, and a later sentence sharing a word of the question gave the party its URL. The party's own words
   * still link ("Ask your teacher which edition she wants. Teacher emails are at lincolnhs.example.org/staff." passes).
   */
  partyQuestionU3?: boolean;
  /**
   * (v22 V1) referral.contact: a referral whose sentence's only way to reach anyone sits after " or " with another party
   * named right before it, with no comma ("you should call your doctor's office or the nurse advice line at
   * 1-800-555-0188"), leaves the party referred to first without one, as v21's `otherPartyContactU6` reads ", or …"
   * (checks/referral.ts `OTHER_PARTY_OR_V1`; the same conditions: no other sentence of the message nor the next provider
   * message gives one). "Call your doctor's office at 410-… or the nurse line at 1-800-…" still passes. Left out (v1-v21):
   * without the comma the contact was the first party's too.
   */
  otherPartyOrV1?: boolean;
  /**
   * (v22 V1) referral.contact: a referral whose sentence's only way to reach anyone is in a clause after ";" that gives the
   * address of the library's own resource ("Check with the transit agency whether …; the library's guide to regional routes
   * is at samplecountylibrary.org/guides/transit.", "…; our … guide is at …") leaves the party without one
   * (checks/referral.ts `RESOURCE_AT_V1`; the conditions of `otherPartyContactU6`). "…; the transit agency's customer line
   * is 1-800-…" still passes, and so does v13's "Email the registrar; the form is at example.edu/…" (a resource not the
   * library's). Left out (v1-v21): any contact in the referring sentence was the party's.
   */
  resourceClauseV1?: boolean;
  /**
   * (v22 V1) followup.completeness: v21's `offerCommaU6` also for "…, does / do / is that …?" ("I can place a hold on it
   * for you at the Eastgate branch, does that work?" asks about the offer) (classify.ts `THAT_Q_TAIL_V1`). "The route 12
   * schedule is at ridetransit.example.org/12, does that work for you?" still asks about what was given. Left out
   * (v1-v21): only "would / will / could / might" closed such a sentence.
   */
  offerCommaDoesV1?: boolean;
  /**
   * (v22 V3) referral.contact: an English purpose clause opening the clause before the referring verb, with no comma:
   * "To make an appointment call the archives at 334-…", "to book a reading room visit email reference@…" (chat often
   * drops the comma that v1's "To book a visit, email …" has) (checks/referral.ts `PURPOSE_EN_V3`). Left out (v1-v21):
   * the verb after such a clause was read as part of it, no referral. Only "to" + a verb of booking, seeing, getting or
   * asking + at most five words with no subject, modal or relative word ("…we use the form to book a visit" keeps its
   * subject: no lead-in).
   */
  purposeLeadInV3?: boolean;
  /**
   * (v22 V9) referral.contact: v22's `purposeLeadInV3` not when the purpose clause ends on a subject of other people ("To
   * see the originals most researchers visit the archives in person, but you don't need to", "To get a passport most
   * people visit the post office, but you can renew by mail …": what others do) (checks/referral.ts
   * `PURPOSE_SUBJECT_V9`). "To make an appointment call the archives at …" still refers. Left out (v1-v21): no lead-in.
   */
  purposeSubjectV9?: boolean;
  /**
   * (v22 V9) referral.contact: `otherPartyOrV1` and `resourceClauseV1` do not fail a party that has its own way to be
   * reached after all: a second contact later in the sentence ("…or the nurse line at 1-800-… (the clinic itself is
   * 503-…)"), or a phone, e-mail or postal address in an earlier provider message's sentence sharing a word of the party's
   * name ("Eastside Family Medicine's office is 503-…" before "call your doctor's office or the nurse advice line at …")
   * (checks/referral.ts `contactElsewhereV9`). "Talk to your pharmacist or the poison help line at 1-800-…" with no other
   * contact still fails. Left out (v1-v21): the V1 settings are v22's.
   */
  contactElsewhereV9?: boolean;
  /**
   * (v22 V9) referral.contact: `resourceClauseV1` reads "; our county's / city's / state's … guide is at …" as the
   * government's page, not the library's own resource ("Visit the Recorder's office in the courthouse; our county's
   * recording guide is at douglascounty-ne.gov/recorder" gives the Recorder its URL) (checks/referral.ts
   * `NOT_LIBRARYS_V9`). "…; our housing guide is at samplecountylibrary.org/…" still fails.
   */
  ownGuideV9?: boolean;
  /**
   * (v22 V9) followup.completeness: `offerCommaU6` / `offerCommaDoesV1` do not read "from what I can see", "as far as I
   * can tell" as an offer ("From what I can see the hold went through and it will be at Eastgate by Friday, does that
   * help?" asks about what was given) (classify.ts `REPORT_V9`). "I can ask Eastgate to pull it for you, does that work?"
   * still offers.
   */
  reportNotOfferV9?: boolean;
  /**
   * (v22 V9) followup.completeness: `hopeAskedV6` not when "Hope it helped. Did it?" (nothing else in the message but an
   * interjection) answers the patron's report of their own remedy ("i took an advil for this headache", "i also
   * restarted my router this morning") (classify.ts `PATRON_DID_V9`). "…link… Hope that helps! Did it?" still asks.
   */
  hopeReportV9?: boolean;
  /**
   * (v23 X5) referral.contact: a referring verb whose clause opens on "and / but / so they can / will / …" right before it
   * has the party named before as its subject, not the patron, even when an earlier clause of the sentence addressed the
   * patron ("If you need an e-copy, email the Reserves desk at reserves@… and they can check with Prof. Okafor": the desk
   * checks with the professor; v17's `theySubjectQ2` took only a clause that opens on "they") (checks/referral.ts
   * `THEY_TAIL_X5`). "If you need an e-copy, email the Reserves desk at … and check with Prof. Okafor." still refers the
   * patron to the professor.
   */
  theyTailX5?: boolean;
  /**
   * (v23 X6) referral.contact: v8's `clauseReferralsK` lets the last party of a two-party sentence take a contact from a
   * later sentence of the message; not from one whose only contacts are URLs of things named before them (v18's
   * `urlsNamedBeforeRM`: "MedlinePlus en español (medlineplus.gov/spanish) explica el examen.") that names none of that
   * party's words (checks/referral.ts, as v18's `lendsFirstPartRM` does for the first party). "…o preguntar en el
   * departamento de salud del condado. MedlinePlus … (medlineplus.gov/spanish) …" fails; "…or ask at the county health
   * department. The health department's hours are at health.example.gov." still passes.
   */
  namedUrlLaterX6?: boolean;
  /**
   * (v23 X8) referral.contact: X2's `personHeadX2` does not apply when the earlier sentence holds a word of the person's
   * role's stem ("The School Counseling Office … books appointments at lincolnhs.org/counseling" before "Ask your school
   * counselor …", "The Academic Advising Center …" before "your academic advisor"): the office the person works in, whose
   * URL reaches them (checks/referral.ts `roleStemX8`). "The Social Security Administration … at ssa.gov/…" before "a social
   * worker" still lends nothing. Left out (v1-v22): X2's setting is not there.
   */
  personStemX8?: boolean;
  /**
   * (v23 X8) referral.contact: V3's purpose lead-in (with X3's eight words) makes no referral when the clause ends on staff
   * of the library or another group as its subject ("To request records from before 1950 our genealogy volunteers visit the
   * State Archives every Tuesday"), as V9's other people (checks/referral.ts `PURPOSE_STAFF_X8`). "To get a certified copy
   * of the 1962 divorce decree write to the Clerk …" still refers. Left out (v1-v22): V9's list only.
   */
  purposeStaffX8?: boolean;
  /**
   * (v23 X8) referral.contact: X4's `stateNameX4` takes a later sentence's domain that opens with a state's name as the
   * party's when the party is named by that state alone among its words and the rest of the label is generic words
   * ("Contact the Montana State Library …" and "montanastatelibrary.example.org") (checks/referral.ts `genericRunX8`).
   * "ohiolegalhelp.org" still gives "the Ohio Attorney General's consumer protection section" no contact. Left out
   * (v1-v22): X4's setting is not there.
   */
  stateLabelX8?: boolean;
  /**
   * (v23 X8) referral.contact: X2's `ownNumberX2` does not fail a referral to a room, collection or service of the library
   * itself ("Call the Bookmobile, or 555-…, our main line", "the Local History Room"), which the library's own line reaches
   * (checks/referral.ts `OWN_ROOM_X8`). "Call your caseworker at DHS, or 555-…, our reference line" still fails. Left out
   * (v1-v22): X2's setting is not there.
   */
  ownRoomX8?: boolean;
  /**
   * (v23 X2) referral.contact: v13 N8's party-words rule does not lend an earlier sentence's contact to a referred person
   * of a kind ("Ask your workforce counselor at the local center", "ask a social worker at the hospital": a party of two
   * words or more whose last word is a person's role) when the earlier sentence names another party and shares only the
   * referred party's first word with it ("The Texas Workforce Commission explains benefits at twc.texas.gov/…", "The
   * Social Security Administration … at ssa.gov/…") (checks/referral.ts `PERSON_HEAD_X2`). "Ask the Workforce Commission's
   * career counselor" after the Commission's URL still shares two words and takes it. Left out (v1-v22): a shared first
   * word is the same party.
   */
  personHeadX2?: boolean;
  /**
   * (v23 X2) followup.contact: v20 T5's time typed as its own message may run past six words when what follows the time is
   * a condition ("within 2 business days if that's ok"): the time before "if / unless / hopefully" has at most six words
   * and the whole fragment at most ten (checks/followup.ts `splitWhenT5`). T8's own verbs before the condition still
   * make it another sentence. Left out (v1-v22): at most six words in all.
   */
  splitConditionX2?: boolean;
  /**
   * (v23 X2) referral.contact: a Spanish referring verb that the normalised text shares with the first person's preterite
   * ("llame a", "pregunte a": accents are taken off) is no referral when the sentence as written holds only the accented
   * preterite ("Para confirmarlo, llamé a la oficina de vivienda esta mañana", "pregunté a la oficina del condado": the
   * provider's own call, staff consulted on the patron's behalf) (checks/referral.ts `preteriteEsX2`). "Llame a la oficina
   * de vivienda" (the imperative, with or without a "llamé" beside it) still refers. Left out (v1-v22): the normalised
   * verb alone.
   */
  preteriteEsX2?: boolean;
  /**
   * (v23 X2) referral.contact: a phone number given as the alternative and labelled as the library's own ("Call your
   * caseworker, or 614-555-0199, our reference line, if you want us to look it up.", "Llame al número de su factura, o al
   * 555-201-0100 de la biblioteca") is no way to reach the party referred to: with no other contact in the message the
   * referral fails (checks/referral.ts `ownNumberOnlyX2`). "Call the reference desk, or 555-0100, our main line" (the
   * library itself referred to) and "Call your caseworker at 614-555-0100, or 614-555-0199, our reference line" (the
   * party's own number first) still pass. Left out (v1-v22): any number in the sentence.
   */
  ownNumberX2?: boolean;
  /**
   * (v23 X4) referral.contact: v16's `laterContactOwnerV16` does not take a US state's name (as "maryland" already is not,
   * in `GENERIC_N`) for one of the party's words, in a later sentence nor at the start of a URL's domain ("…reach out to the
   * Ohio Attorney General's consumer protection section and file a complaint. Ohio Legal Help explains the steps:
   * ohiolegalhelp.org." leaves the section without a contact) (checks/referral.ts `STATE_WORDS_X4`). "Reach out to the
   * Ohio Attorney General's consumer protection section: ohioattorneygeneral.gov" (its own sentence) and "… Their site is
   * ohioattorneygeneral.gov." still pass; a domain that goes on with a party word after the state ("ohioattorneygeneral"),
   * or whose label is the state's name alone ("Contact the Ohio Department of Taxation … at tax.ohio.gov"), is still the
   * party's. Left out (v1-v22): a state's name is a party word.
   */
  stateNameX4?: boolean;
  /**
   * (v23 X4) referral.contact: a further party in the same message (v3's "each party needs its own contact") takes a
   * later sentence's contact only as the first party does under `laterContactOwnerV16` (the sentence points to it, or
   * gives a phone, e-mail or address and refers the patron to no other party it names, or a URL labelled or under the
   * party's name) ("…You should also reach out to the Ohio Attorney General's consumer protection section and file a
   * complaint. Ohio Legal Help explains the steps: ohiolegalhelp.org."; checks/referral.ts `furtherParties`). "…You can
   * also call the Better Business Bureau. They're at 419-531-3116." still passes. Left out (v1-v22): any later contact
   * that is no resource's counted.
   */
  furtherLaterX4?: boolean;
  /**
   * (v23 X3) referral.contact: v22's `purposeLeadInV3` takes up to eight words after the purpose verb, not five ("To order a
   * copy of the death certificate call Mississippi Vital Records at 601-…" refers) (checks/referral.ts
   * `PURPOSE_LONG_X3`); its guards stay (a subject, modal or relative in the clause, V9's other people as its subject:
   * "To order a copy of the death certificate most families write to Vital Records" still refers to no one).
   */
  purposeLongX3?: boolean;
  /**
   * (v23 X3) referral.contact: v22's `contactElsewhereV9` reads the clause of the reading that failed the party (V1's "; our
   * guide is at …" when only that one did), not the " or " clause whenever the sentence has one; after the library's own
   * resource, a later contact counts only in a clause sharing a word of the party's name ("Check with the transit agency
   * …; our transit guide is at …, or the agency's customer line at 503-…" passes; "…, or the county's ride line at 503-…"
   * still fails) (checks/referral.ts `failedClause`).
   */
  failedClauseX3?: boolean;
  /**
   * (v23 X3) referral.contact: "start another chat on their page, lawlib.example.edu/ask" (X3's `referralVerb`) refers to
   * the party named before it in the sentence ("The law library runs its own chat, so …"), its chat page's URL the way to
   * reach it (checks/referral.ts). With no party named before it, no referral.
   */
  anotherChatX3?: boolean;
  /**
   * (v23 X3) referral.contact: "WhatsApp the Tamil Sangam on +91 98400 12345" refers to the named party with its phone, as
   * v13's `callNamedN7` reads "call the Ohio SBDC … (740) …" (checks/referral.ts `WHATSAPP_NAMED_X3`); "WhatsApp them" with
   * no capitalised name keeps v22's reading.
   */
  whatsappCallsX3?: boolean;
  /**
   * (v23 X1) approachability.greeting: in the first two provider messages, the provider's introduction is read in the
   * sentence's opening clause, cut at an emoticon or emoji (":)", "🙂") or a comma, when chat-speak runs it into a question
   * ("this is kev @ Columbus Metropolitan Library :) which one…?", "te escribe Sofi de la Biblioteca … 🙂 ¿la de …?"), and
   * a lone first word before "from / at / with / @ … library" ending the clause names who is answering ("kat from the teen
   * desk @ Evanston Public Library.", "its mel from the Tacoma Public Library, whats up…?") (classify.ts
   * `introClauseX1`). "hi! this is the first time you've used the Tacoma Public Library app? :)" and "forms from the
   * Evanston Public Library are at the desk" still say nothing of who is answering.
   */
  introClauseX1?: boolean;
  /**
   * (v23 X1) inquiry.clarify: a choice question's second option read as a completeness question does not hide the choice
   * when it says what the patron is unsure of (", or is that what you are unsure about?") or is v13's "or would the ebook
   * work for you" in chat-speak without "?" (classify.ts `CHOICE_UNSURE_X1`, `CHOICE_BARE_X1`). "Here is the ebook link: …
   * Does that work, or would the print copy work for you?" after a source still asks about what was given.
   */
  choiceTailX1?: boolean;
  /**
   * (v23 X1) followup.completeness: "if you want / like" is no offer (v7's `givenNotOffered`) in a sentence that gives a
   * named resource and names no one who would act ("JSTOR also has Friedheim's study if you want background." then
   * "Would that work for your paper?" asks about what was given) (classify.ts `resourceIfWantedX1`). "I can pull
   * Friedheim's study from JSTOR too if you want." still offers.
   */
  ifYouWantX1?: boolean;
  /**
   * (v23 X1) referral.contact: "visit" with a street address as its object refers to the party the sentence names before
   * the verb ("DC Health Vital Records issues them: order online at …, or visit 899 North Capitol St NE") (checks/referral.ts
   * `VISIT_ADDRESS_X1`). "The mural is on the old depot; visit 120 Main St to see it." names no party and refers to no one.
   */
  visitAddressX1?: boolean;
  /**
   * (v23 X10) approachability.greeting: X1's `introClauseX1` does not read a clause with the patron as its subject ("hello!
   * im guessing you're at the Westside Library right now :) do you see the scanner…?") as the provider's introduction
   * (classify.ts `YOU_SUBJECT_X10`). "you're chatting with Jo at the Westside Library :) what's up?" still introduces.
   */
  introYouX10?: boolean;
  /**
   * (v23 X10) followup.completeness: X1's `ifYouWantX1` keeps "if you want / like" an offer when the sentence says someone
   * would act for the patron without an "I" ("Happy to scan the table from the Statistical Abstract and send it over if
   * you like.", "glad to", "willing to") (classify.ts `ACT_X10`), so "Would that help?" after it asks about the offer.
   * "Project MUSE has a review of it too if you want a shorter read." still gives a resource and offers nothing.
   */
  ifYouActX10?: boolean;
  /**
   * (v23 X10) referral.contact: X1's `visitAddressX1` does not refer when the street address is visited to see a thing
   * there ("…by the Greene County Historical Society; visit 101 E Main St in Xenia to read the inscription yourself")
   * (checks/referral.ts `SIGHT_X10`). "The Clerk of Courts keeps marriage records: visit 345 W Broad St, Room 108" still
   * refers.
   */
  visitSightX10?: boolean;
  /**
   * (v24 Y1) info.source: v6's `introDepartmentNotSource` also spares a later sentence of the message that introduces the
   * provider, when an earlier one already said who is answering ("Hello, thanks for contacting Liverpool Libraries. I'm
   * Chris, in the Archives and Family History team.": the archives are the provider's department, no source given)
   * (classify.ts `ownDepartment`). A later sentence that is no introduction ("…Liverpool Libraries. Chris here. The Archives
   * microfilm has the 1931 registers.") still gives its source. Left out (v1-v23): only the sentence that identifies.
   */
  laterIntroY1?: boolean;
  /**
   * (v24 Y1) referral.contact: "best" / "better" before the referring verb, as British advice says it, opens an imperative
   * ("Best give Citizens Advice a bell", "You're best to ring the council", "You'd better ring the surgery") (checks/referral.ts
   * `BEST_LEAD_Y1`). Only the patron as "you" or no subject: "They'd best ring you themselves once it's in" refers no one.
   * Left out (v1-v23): the lead-in words of v9 to v23 only.
   */
  bestLeadY1?: boolean;
  /**
   * (v24 Y1) Contacts: a UK postcode ("NE63 9YF", "BS1 5TR", "SW1A 1AA") or an Irish Eircode ("D02 X285", "T12 YN60") is a
   * postal address, with no US-style "<number> <street> St" ("visit Northumberland Archives at Woodhorn, Queen Elizabeth II
   * Country Park, Ashington NE63 9YF") (classify.ts `POSTCODE_Y1`, tested beside the address family when the text has a
   * digit: a postcode has no word the family could be run at). Not an ordinal after a room ("Room B2 1st floor"), nor a paper
   * size and a measure ("A4 5mm"), nor a routing key before four digits ("the N11 2021"). Left out (v1-v23): the address
   * family only.
   */
  postcodesY1?: boolean;
  /**
   * (v24 Y3) approachability.greeting: in the first two provider messages, "Myself <Name>" and "<Name> this side" (Indian
   * English) name who is answering ("Hello sir, myself Rakesh.", "Good afternoon madam, Pooja this side from …") (classify.ts
   * `MYSELF_THIS_SIDE_Y3`: a capitalised name, after the sentence's start, a comma or a greeting; "this side" closing the
   * clause or before "from / at / here"). "Hello, Gate 2 this side is closed" and "Myself and my colleague…" name no one.
   */
  myselfThisSideY3?: boolean;
  /**
   * (v24 Y3) inquiry.clarify: a question that only asks the patron's name ("What is your good name?", "May I know your
   * name please?") does not shape the answer and is no clarifying question (classify.ts `NAME_QUESTION_Y3`). "What is the
   * name of the book?" and "What name is the card under?" still ask about the need.
   */
  nameQuestionY3?: boolean;
  /**
   * (v24 Y3) referral.contact: "I am requesting you to (kindly) visit / contact <party>" sends the patron there, as "I
   * suggest you visit" does: the "I am" before the verb is no provider acting (checks/referral.ts `REQUEST_YOU_Y3`, with
   * v24's `referralActor` "requesting you"). "I am requesting the branch to keep it for you" refers no one.
   */
  requestYouY3?: boolean;
  /**
   * (v24 Y8) Contacts: Y1's `postcodesY1` reads a one-letter postcode area only as one of the UK's (B, E, G, L, M, N, S, W),
   * so a laptop's "i5 8GB" or a print layout "A3 2up" is no postal address ("…pop into the IT Service Desk on the ground
   * floor; they're Dell i5 8GB machines." has no contact) (classify.ts `POSTCODE_Y8`). "York YO10 5DD", "Glasgow G12 8QQ"
   * and the Eircode "T23 RCK2" still are. Left out (v1-v23, and v24 without it): Y1's pattern.
   */
  postcodeAreaY8?: boolean;
  /**
   * (v25 Z2) Contacts: a phone number dictated as words, seven, ten or eleven digit words in a row ("call me at four one oh
   * five five five oh one nine nine", "the Talking Book Library at eight hundred five five five oh one four two"), is a
   * phone number: the patron's contact given in the chat, and a way to reach a party referred to (classify.ts
   * `SPOKEN_PHONE_Z2`), in a text that says it is one ("call", "number", "phone", "cell", "tty", "dial", "reach", "text":
   * the cheap gate). A card number dictated (fourteen digit words) or a short run ("one two three") is none. Left out
   * (v1-v24): only digits make a phone number.
   */
  spokenPhoneZ2?: boolean;
  /**
   * (v25 Z2) Sources: a book named after "this / that / one / our book:" (or novel, memoir, cookbook, audiobook, title) and a
   * colon or a dash, as a capitalised title ("Try this book: Zinn and the Art of Mountain Bike Maintenance.") is a named
   * book, as v5's "the novel The Giver" is (classify.ts `THIS_TITLE_Z2`). "Try this book: it has lots of pictures." and
   * "this book: It is on the shelf" name none. Left out (v1-v24): only v5's shapes after "the / a / his / her / their".
   */
  thisTitleZ2?: boolean;
  /**
   * (v25 Z2) Sources: a sentence that only echoes the book the patron asked for, "<Title> by <Author>, got it." (or "ok",
   * "noted", "understood", "gotcha"), whose author's last name the patron wrote before, restates the request and gives no
   * source (classify.ts `titleEchoZ2`): "Beloved by Toni Morrison, got it. Would you like the audiobook on CD…?" asks
   * before any source. "Yes, Beloved by Toni Morrison is on the shelf at Central." still gives one. Left out (v1-v24):
   * a title with its author is a source wherever it stands.
   */
  titleEchoZ2?: boolean;
  /**
   * (v23 X9) closing.no_dismissal: X3's sign-off "at this point / in a sec" ends no help when the patron's last visible
   * message before it, after the first answer, thanks and asks nothing ("yes that worked, thank you so much!" then
   * "Wonderful! I'll have to sign off at this point. Have a great night."): the help was over (checks/closing.ts
   * `thankedAnswerX9`). With the question still open ("texas, harris county" then "I'll have to log off in a sec, good luck
   * with it!") it still dismisses.
   */
  thankedAnswerX9?: boolean;
  /**
   * (v23 X9) followup.completeness: X5's "Does that one fit?" / "Is that more manageable?" after an offer of something not
   * yet given, in the sentence before it or at the end of the provider's message just before ("I can reserve Study Room C
   * for you, Thursday 2-4, under your card. Does that one fit?", "I could ask the circulation supervisor about splitting it
   * into three payments. Is that more manageable?") ask about the offer, as v7's "Would that help?" after one (RUBRIC.md's
   * "would a scan be what you need?") (classify.ts `FIT_Q_X9`). After a citation given, "Does that one fit?" still asks.
   */
  offeredFitX9?: boolean;
  /**
   * (v24 Y6) Words in double quotes that the provider reports from a screen, an error, an app or a policy ('If the Borrow
   * button shows "Please wait..." for more than a minute, force-close Libby', 'The reservation screen says "Your time is
   * up" after 2 hours') are not the provider's own: a message whose hold words (`hold`, `holdWeak`) or dismissal words
   * (`dismissalHard`, `dismissalConvenience`, `othersWaiting`) are all inside double quotes, with words of the provider's
   * own outside them, neither holds nor dismisses (classify.ts `onlyQuotedY6`), as v3's quoted titles say no goodbye.
   * "Searching "lost colony" in the catalog now, one moment." and "Your time is up for today." still do.
   */
  quotedWordsY6?: boolean;
  /**
   * (v24 Y6) approachability.greeting: X1's lone first name before "from / at … library" (`introClauseX1`) is not who is
   * answering when it is the patron's name: in the patron fields, or given by the patron in their own message ("hi, this
   * is Maria from the Westside branch" then "Hi Maria from Westside Library!") (classify.ts `patronNameY6`). "kat from the
   * teen desk @ Evanston Public Library." still introduces the provider.
   */
  patronNameY6?: boolean;
  /**
   * (v24 Y2) approachability.greeting (and every check that reads an introduction as filler): v11's `pronounNotNameK1` read
   * "Mere" in "I'm Mere." as "me're", a pronoun with a contraction, so a provider named Mere (a common Māori name) named no
   * one and her greeting counted as an answer. "me" and "us" take no contraction: only "me" and "us" themselves are
   * pronouns (classify.ts `PRONOUN_Y2`). "Were here until 8 tonight" ("we're", no apostrophe) still names no one.
   */
  pronounMeY2?: boolean;
  /**
   * (v24 Y2) inquiry.clarify: v8's account question (`accountQuestionClarifyI`) also takes "logging / signing in with", "log
   * in with" ("Are you logging in with your student number or your email?": how the patron logs in, a question about the
   * need, not how to reach them) (classify.ts `LOGIN_WITH_Y2`). "What's your email so I can send you the login steps?" still
   * asks how to reach the patron.
   */
  loginWithY2?: boolean;
  /**
   * (v24 Y9) followup.completeness: Y3's bare questions "Understood?" and "It is clear?" right after a sentence in which the
   * provider offers or promises something not yet given ("I will send the scanned pages … by tomorrow evening.
   * Understood?") ask about that plan, as v7's "Would that help?" after an offer does (RUBRIC.md's "would a scan be what you
   * need?") (classify.ts `PLAIN_ASK_Y9`). After steps or an answer given ("…click My Account and then Renew. Understood?")
   * they still ask about what was given.
   */
  promisedPlanY9?: boolean;
  /**
   * (v24 Y9) closing.courteous: Y3's "Same to you!" says goodbye only as the last sentence of its message; returning a wish
   * at the start of a reply that goes on ("Same to you sir! Your renewal is done till 20 January.") parts nobody
   * (classify.ts `SAME_TO_YOU_Y9`). "Same to you madam!" as the whole message still does.
   */
  sameToYouEndY9?: boolean;
  /**
   * (v24 Y9) approachability.greeting: Y3's "<Name> this side" names no one when the word is a place of the campus or the
   * building ("Canteen this side, library at the back.") (classify.ts `PLACE_Y9`). "Good afternoon madam, Pooja this side."
   * still introduces.
   */
  thisSidePlaceY9?: boolean;
  /**
   * (v24 Y9) inquiry.clarify: Y3's `nameQuestionY3` stands aside when the patron asked about their own account (a fine, a
   * renewal, a hold, their card, what they borrowed): the name finds the account and shapes the answer ("why is there a
   * fine on my card…" then "May I know your full name please?") (classify.ts `OWN_ACCOUNT_Y9`). "What is your good name?"
   * before the opening hours is still no clarifying question.
   */
  nameForAccountY9?: boolean;
  /**
   * (v24 Y9) inquiry.clarify: Y2's `loginWithY2` stands aside when the question also says the provider will send something
   * to that address ("Which email should I send the PDF to, the one you log in with?": how to reach the patron, a contact)
   * (classify.ts, `REACH_RM`). "Are you logging in with your student number or your email?" still clarifies.
   */
  loginSendY9?: boolean;
  /**
   * (v24 Y4) transfer.handoff: an internal note addressed to another provider of the session than the receiving one is
   * no note to the receiving provider: one whose `to` names someone else, or one that opens by addressing ("@Lee …",
   * "Lee, …", "hey Lee: …") a provider whose name the session knows (an author, an id) and who is neither the receiver nor
   * the note's author ("@Lee do we still have the 1920s permit cards?" to a colleague consulted, then a transfer to Kim
   * with no note to Kim) (checks/transfer.ts `addressedElsewhereY4`). "Kim, patron wants the 1927 plans…", "Lee suggested
   * you'd know: …" and names the session does not know still count.
   */
  noteAddresseeY4?: boolean;
  /**
   * (v24 Y5) follow-up session: a promise to send or find more later that a LATER provider message takes back in words
   * about the sending ("So no need for me to email you after all", "you won't need my email", "no need to wait till
   * Monday") is no promise (classify.ts `takenBackY5`). The taking-back message must not promise again itself ("Scratch
   * that, I'll have it to you Thursday" keeps the promise), and only the provider's words count (a patron's "no need to
   * email me" takes nothing back).
   */
  promiseTakenBackY5?: boolean;
  /**
   * (v24 Y5) referral.contact: a referral that the provider takes back in the next provider message, or in a later
   * sentence of the same one, is no referral ("…visit the County Clerk's land records office." then "Actually, scratch
   * that, we have them digitized here: …") (checks/referral.ts `takenBackY5`). "Scratch that, their number is 859-…" and a
   * message that gives a phone or e-mail after the take-back correct a detail, not the referral; "Sorry, not the
   * Recorder! The Register of Wills …: 610-…" swaps the party, which then needs a contact in that message. "Actually, you
   * should also call …" takes nothing back.
   */
  referralTakenBackY5?: boolean;
  /**
   * (v24 Y10) Y5's `promiseTakenBackY5`, narrowed: "no need to wait till Monday / for the email" takes a promise back only
   * when it ends its clause ("…, here they are"), not before "to pick it up", "if …", "for the first one"; and a take-back
   * naming a call or a text ("No need for me to call you, the email will have everything", "so no call back needed from
   * circulation") does not take back a promise whose sentence names only another way of sending (an e-mail), nor one
   * naming an e-mail a promise to call (classify.ts `takenBackY5`). "So no need for me to email you after all" after
   * "I'll email you by tomorrow" still takes it back.
   */
  takeBackKindY10?: boolean;
  /**
   * (v24 Y10) Y5's `referralTakenBackY5`, narrowed (checks/referral.ts `takenBackY5`): a later sentence of the same message
   * takes the referral back only when it is the very next sentence ("…The county GIS parcel viewer shows the lot lines
   * too. Actually, forget that, …" drops the viewer, not the Register of Deeds); the next provider message only when the
   * referral was the last statement of its message ("…Veterans Service Office… The eVetRecs request page is the other
   * route." then "Never mind, eVetRecs was retired"); a take-back followed by a weekday, a number, "typo" or "wrong
   * link / window / chat" corrects a detail ("Oops, scratch that, Tuesdays!", "Ignore that, typo in the link: …"); "never
   * mind about / forget what I said about <words>" needs the last of the words in the referral sentence ("never mind about
   * the form fee" keeps the referral); "not the <word>" swaps the party only when the word is capitalised in the referral
   * sentence, a name's word ("Sorry, not the Recorder!"; "Not the report itself, but …" swaps nothing).
   */
  takeBackNarrowY10?: boolean;
  /**
   * (v24 Y10) closing.no_dismissal: Y6's `quotedWordsY6` does not excuse a dismissal whose quoted words are a rule, limit
   * or policy the provider applies: the quote next to "rule / limit / policy / guideline(s)" ('we go by the "one question
   * per chat" rule, so I\'ll stop here', 'As our chat policy puts it, "your time is up after 15 minutes."') (closing.ts).
   * 'When the study-room screen says "Your time is up," you can extend once' is still a screen's words.
   */
  quotedRuleY10?: boolean;
  /**
   * (v24 Y10) approachability.greeting: Y6's `patronNameY6` does not apply when the lone name follows "its / it is / this is
   * / im": "this is kate from the hillsdale public library" introduces the provider even when the patron is Kate too
   * (classify.ts `patronNameY6`). "Hi Maria from Westside Library!" still greets the patron Maria.
   */
  introLeadY10?: boolean;
  /**
   * (v24 Y10) transfer.handoff: Y4's `noteAddresseeY4` reads the receiving provider's names more widely (checks/transfer.ts
   * `addressedElsewhereY4`): a note whose `to` field is one of the receiver's names ("Lee Chen" where the transfer goes to
   * "lchen"); a note opening with several "@names", one of them the receiver's ("@Dana @Lee passing this one to Lee: …");
   * and the authors of the provider messages after the transfer (the receiver writing as "Lee Chen" with no author id).
   * A note that addresses only another colleague ("@Dana do we still have the reels?") is still no handoff note.
   */
  noteReceiverY10?: boolean;
  /**
   * (v24 Y10) info.source: Y1's `laterIntroY1` does not apply to an introduction sentence that goes on, after a comma or
   * semicolon, with a clause of its own ("I'm Sue from the Local Studies and Archives team, and the Archives Hub entry for
   * Hellyer Bros has the full box list."): the resource named there is read as v23 read it (classify.ts `ownDepartment`).
   * "I'm Priya, in the Archives team." still gives no source.
   */
  introClauseSourceY10?: boolean;
  /**
   * (v24 Y10) interest.keep_informed: Y6's `quotedWordsY6` does not excuse a hold whose quoted words are in the first person
   * ("me", "I", "my"): a person's words, the provider's own ('In the words of our chat script, "please bear with me while I
   * search," …') (classify.ts `holdNow`), unless the patron's words are quoted back ("you said …"). 'If the error reads
   * "please wait, processing" …' is still the screen's.
   */
  quotedFirstPersonY10?: boolean;
  /**
   * (v25 Z1) Markdown a chat widget or a paste left in a message's text is read as the formatting it made (timeline.ts
   * `MD_EMPHASIS_Z1`, `MD_LINK_Z1`): emphasis markers at a word's edge ("**Did this answer your question?**", "_One moment
   * please_", "_Goodbye._") are dropped, so the words inside read as words ("_" is a word character to the families' `\b`,
   * and a "?" followed by "**" ended no question); a link "[text](url)" reads "text (url)" as v10's HTML anchors do
   * ("mailto:" and "tel:" dropped, the text alone when the address is empty: "[email the Writing Center](mailto:)" gives
   * no address). Underscores inside a word ("snake_case", "first_last@…") and a "*" between spaces stay. Left out (v1-v24):
   * the markers and the link's brackets stayed in the text.
   */
  markdownZ1?: boolean;
  /**
   * (v25 Z1) A canned message's template field left unfilled ("{{agent_name}}", "%FIRSTNAME%", "%DAYS%", "[Library
   * Name]", "[LIBRARY NAME]") is read as nothing: it names no one, no library and no time ("Thanks for contacting [Library
   * Name]! How can I help?" says no more who is answering than "Thanks for contacting us!") (timeline.ts
   * `TEMPLATE_FIELD_Z1`). The privacy placeholders ("[name]", "[email]", "[phone]") and Markdown links' "[text](" are not
   * template fields. Left out (v1-v24): the field's words were read ("[Library Name]" named a library).
   */
  templateFieldsZ1?: boolean;
  /**
   * (v25 Z1) Invisible characters pasted inside a word are dropped (timeline.ts `INVISIBLE_Z1`): the soft hyphen
   * ("cata\u00adlog", "any\u00adthing else"), the zero-width non-joiner and joiner and the word joiner. Left out
   * (v1-v24): they split the word in two ("cata log").
   */
  invisibleZ1?: boolean;
  /**
   * (v25 Z4) info.source: an e-mail or phone in the message's signature line ("-- Grace, Ask Us Now!, Enoch Pratt Free
   * Library, 410-396-5430": a dash or tilde, a capitalised name, a comma and the affiliation, as the message's last
   * sentence) is the provider's own way back, no contact for a referral, so no source on its own (classify.ts
   * `sentenceSource`), unless another sentence of the message refers the patron to someone. A URL there is still a
   * source, and "Call our reference desk at 410-…" still gives one.
   */
  signatureContactZ4?: boolean;
  /**
   * (v25 Z6) approachability.greeting: a provider sentence that is only a greeting and a name with its place ("Good morning,
   * Ms. Rivera from Lincoln Elementary!", "Hi Karen at Westfield Public Library!") does not say who is answering when the
   * patron gave that name as their own ("this is Ms. Rivera from …", or a sign-on ending on "here": "Karen Liu from
   * Westfield Public Library here") (classify.ts `patronAddressedZ6`, `patronGaveNameZ6`). Left out (v1-v24): Y6's reading
   * only ("this is / im / my name is <name>", the patron fields).
   */
  patronSignOnZ6?: boolean;
  /**
   * (v25 Z6) referral.contact: "Have your client call Maryland Legal Aid at …." (the person the patron asks for, after
   * "have your / the / her …") is an instruction, not a question, unless it ends in "?" ("Have your client called Legal Aid
   * yet?") (checks/referral.ts `HAVE_CALL_Z6`). Left out (v1-v24): the sentence opens like a question and refers no one.
   */
  haveCallZ6?: boolean;
  /**
   * (v25 Z3) closing.anything_else: v6's offer of help asked again after the answer ("Is there anything I can help you
   * with?") is no fresh opening when every greeting in its message is a wish that also parts ("Merry Christmas! Is there
   * anything I can help you with?"): Z3 made holiday wishes opening a sentence greet, and the offer still asks for more
   * (checks/closing.ts). "Hi! Is there anything I can help you with?" after the answer is still a re-greeting.
   */
  wishGreetingZ3?: boolean;
  /**
   * (v25 Z10) Z2's `spokenPhoneZ2` finds no phone in a digit run read out after a word that names another number: "my
   * student number is four four one nine two zero seven", "the isbn number is zero three seven …" (an ISBN, a student,
   * card, account or library number, a barcode, a PIN, an ID, an order or a case). "you can call me at six one two …" is
   * still a phone (classify.ts `contactsIn`). The second wave's Z8 wrote the same narrowing with its own labels ("the last
   * seven of my card number are …", "the call number on the spine is six four one …", a parcel, ticket or claim number,
   * up to four words between that are not "call / phone / cell / me / at …"; `SPOKEN_ID_Z8`); both lists are read here.
   */
  spokenIdZ10?: boolean;
  /**
   * (v25 Z10) Z4's `signatureContactZ4` reads a signature line whose name is the provider's own (their name field or the
   * message's author) as theirs even when the patron has the same first name ("- Sam, Ask Us, Oak Park Public Library,
   * 708-…" to a patron called Sam): its phone is no source. A signature with the patron's name and no provider of that name
   * stays no signature (classify.ts).
   */
  sharedNameZ10?: boolean;
  /**
   * (v25 Z10) Z2's `thisTitleZ2` takes no title that opens on a word opening an answer: "About that book - Sadly, none of
   * our branches own it", "that novel: Unfortunately the only copy…" ("Sorry", "Yes", "No", "Ok", "Well"…). "Try this
   * cookbook: Salt Fat Acid Heat" still names a book (classify.ts).
   */
  titleLeadZ10?: boolean;
  /**
   * (v25 Z10) Z2's `titleEchoZ2` reads "<Title> by <Author>, got it." as the patron's request echoed only when a word of the
   * title is in the patron's messages too: "Eventide by Kent Haruf, sure!" to a patron who asked for "more by kent haruf"
   * names another book, a source (classify.ts).
   */
  echoTitleZ10?: boolean;
  /**
   * (v25 Z10) Z3's `wishGreetingZ3` does not apply to a message that introduces its provider: "Happy New Year! Lee here,
   * taking over from Dev. Is there anything I can help you with?" opens again, as "Hi, I'm Lee, taking over…" does
   * (checks/closing.ts).
   */
  wishIntroZ10?: boolean;
  /**
   * (v25 Z10) Z5's "ext" in `abbreviations` keeps "." from ending a sentence only when a digit follows ("Call 410-555-2300
   * ext. 214 about the deed."): "I don't have their ext. Did that help?" is two sentences (text.ts `abbrevBefore`,
   * phrases.ts `clauseEnd`).
   */
  extBeforeDigitZ10?: boolean;
  /**
   * (v25 Z9) closing.anything_else: `wishGreetingZ3` not when the message still opens the chat again besides the wish: a
   * greeting left once the wishes are taken out ("Hi, Merry Christmas! …"), or a self-introduction ("I'm Lee, taking over
   * from Dev"), as v6 reads "Hi, I'm Lee, taking over from Dev. Is there anything I can help you with?" (checks/closing.ts).
   * "Merry Christmas! Is there anything I can help you with?" after the answer still asks for more.
   */
  wishOpenAgainZ9?: boolean;
  /**
   * (v25 Z9) closing.courteous and the goodbye: a holiday wish returned at the start of a reply that goes on ("Happy Diwali to
   * you too! Now, the ebook: …") is small talk, no goodbye, as v24's `sameToYouEndY9` reads "Same to you!" (classify.ts).
   * The returned wish as the last sentence of the message ("Happy Diwali to you too!") still says goodbye.
   */
  returnedWishZ9?: boolean;
  /**
   * (v25 Z8) Sources: v15's chat link back (`chatLinkBackO4`) also reads a link's address in brackets, as Z1's Markdown
   * links read ("just start a new chat (https://lakeviewlibrary.org/ask)", "chat with us again (https://ppld.org/ask)")
   * (classify.ts `CHAT_LINK_Z8`). Left out: only "chat at / on / via / through <address>".
   */
  chatLinkParenZ8?: boolean;
  /**
   * (v25 Z8) info.source: Z4's signature line (`signatureContactZ4`) is a person's: a capitalised word then a place's word
   * ("- Arbutus Branch, Baltimore County Public Library, 410-887-1451", "-- Circulation Desk, …") names a branch, desk or
   * office whose number the patron is given, so the old reading applies (classify.ts `SIGNATURE_ORG_Z8`). "-- Kim,
   * Reference, Eastfield Public Library, 410-…" is still the provider's own.
   */
  signatureOrgZ8?: boolean;
  /**
   * (v26 A3) inquiry.clarify (and so the substantive exchange that reads it): a whole question sentence that is small talk
   * about the patron's day, the weather or a game asks nothing about the need nor about a situation that shapes the answer:
   * "How's your evening going so far?", "How's the weather up there in Duluth?", "Are you enjoying the snow?", "Did you catch
   * the game last night?!" (classify.ts `SMALL_TALK_Q_A3`). "Are you snowed in?", "Are you enjoying the book so far, or do you
   * want something lighter?", "Did you catch the author's name?" still ask about the need. Left out (v1-v25): any provider
   * question not otherwise excepted counts.
   */
  smallTalkQuestionA3?: boolean;
  /**
   * (v26 A3) closing.anything_else: a question about the patron's plans or news is no anything-else question: "Anything else
   * exciting planned for the weekend?", "Anything else fun on your list this week?", "What else is new with you?" (classify.ts
   * `SMALL_TALK_ELSE_A3`). "Anything else fun I can find for you?" still asks. Left out (v1-v25): the family's words are enough.
   */
  smallTalkElseA3?: boolean;
  /**
   * (v26 A5) Substantive exchange: a goodbye that only acknowledges that the patron found the answer alone ("Glad you found
   * it! Take care.", "Oh great, so glad you were able to find it. Thanks for chatting!") gives nothing, so it makes no
   * substantive exchange (classify.ts `FOUND_IT_A5`, a whole sentence, read only in a message that is a goodbye). Left
   * out: the same words in a message that says no goodbye ("Oh good, glad you found it." alone is a message other than the
   * Terms' exceptions), and a sentence that goes on ("Glad you found it, the branch also has a copy").
   */
  foundItByeA5?: boolean;
  /**
   * (v26 A5) info.source: a page cited after a capitalised title and its year in brackets ("I found a mention in the History
   * of Clinton County (1882), page 214") names the book, as v1's "page 42 of A History of Carroll County" does (classify.ts
   * `PAGE_AFTER_YEAR_A5`). Left out: a year without a title ("the 1882 county history, page 214").
   */
  pageAfterYearA5?: boolean;
  /**
   * (v26 A6) inquiry.clarify: "Can you see my screen?", "Do you see my cursor?", the whole question about the provider's
   * own shared screen in a co-browse or screen share, asks about the tool, not the need nor the patron's situation
   * (classify.ts `SHARED_SCREEN_A6`). "Can you see the Renew button?" (what the patron's own screen shows) still clarifies.
   */
  sharedScreenA6?: boolean;
  /**
   * (v26 A6) inquiry.clarify: T4's `devicePhoneT4` also reads the phone as the device when it is offered as the other of a
   * choice of devices ("Are you on a computer or your phone?", "laptop or phone?") (classify.ts `DEVICE_OR_PHONE_A6`).
   * "Should I email you or call your phone?" (how to reach the patron) is still no clarifying question.
   */
  deviceOrPhoneA6?: boolean;
  /**
   * (v26 A6) followup.completeness: N7's `contactCheckSoundN7` reads "Does that work for you?" right after a contact read
   * back as about that contact; a question in the past tense ("Got it: dlee88@example.com. Did the steps work for you?")
   * asks about what was done, not the contact just read back, so it stands aside (classify.ts `PAST_ASK_A6`). "I have you
   * as dlee88@example.com. Does that work for you?" is still about the contact.
   */
  pastAskA6?: boolean;
  /**
   * (v26 A2) Words in single quotes are quoted words too, as words in double quotes have been since v3 (courteous) and v24
   * (`quotedWordsY6`): a span in curly single quotes ("‘Goodbye, Mr. Chips’ is on the shelf too.") or in straight ones
   * opening at a word's start and closing at a word's end ("the 'Hello, Goodbye' single"; not "the students' books") is
   * a title, a screen's or a notice's words: a message whose thanks or goodbye is all inside them is no goodbye, and Y6's
   * screen words ("If the booking screen says ‘Your time is up’, …") neither hold nor dismiss (classify.ts
   * `SINGLE_QUOTED_A2`). Normalisation drops single quotes, so the spans are found in the raw text. "Thanks for asking!
   * ‘Goodbye, Mr. Chips’ is on the shelf too." still thanks. Left out (v1-v25): single quotes are read as no quotes.
   */
  singleQuotesA2?: boolean;
  /**
   * (v26 A2) session.disconnect_notice: a message whose words that the patron seems gone are all inside quotes, with the
   * provider's own words outside (the chat widget's: If you see "It looks like you’ve disconnected, this chat will end"
   * again, …), tells the patron nothing about their connection (classify.ts `seemsGone`, Y6's `onlyQuotedY6`).
   * "Looks like you've disconnected. I'll end the chat now" still does. Left out (v1-v25): quoted words count.
   */
  quotedNoticeA2?: boolean;
  /**
   * (v26 A2) follow-up session: a promise whose words are all inside quotes (double, or single with `singleQuotesA2`),
   * after a verb reporting someone else's words (if someone wrote "I’ll email you the list by Friday," you should have had
   * it) is an earlier promise reported, not one made in this chat (classify.ts `promiseNow`, `REPORTED_QUOTE_A2`). Like I
   * said earlier: "I’ll email you the list by Friday." and a promise in the provider's own words still promise. Left out
   * (v1-v25): quoted promises count.
   */
  quotedPromiseA2?: boolean;
  /**
   * (v26 A2) closing.no_dismissal: a hard dismissal told as what someone else said to the patron ("I'm sorry someone told
   * you that you had reached a limit of questions; we don't have one") is reported, not said (checks/closing.ts
   * `REPORTED_A2`): the clause after "someone / another librarian / the last librarian / they / he / she told / said to
   * you" up to its end is set aside. "I told you, you've reached your limit of questions." and "Someone told you it was
   * fine, but your time is up." still dismiss. Left out (v1-v25): reported dismissals count.
   */
  reportedDismissalA2?: boolean;
  /**
   * (v26 A2) inquiry.clarify: a question sentence that lies whole inside a quoted span of its message, double, single or
   * guillemets ("‘Do I dare to eat a peach?’ — I know that line.", split after the "?") quotes a question; it asks the patron nothing (classify.ts `quotedQuestionA2`). "Is it
   * ‘Do I dare to eat a peach?’ you mean, or …" still asks. Left out (v1-v25): the quoted "?" made it a question.
   */
  quotedQuestionA2?: boolean;
  /**
   * (v26 A9) inquiry.clarify: A2's quoted question still asks when the provider relays it from a colleague: 'Our archivist
   * asks: "Do you know roughly what year he arrived?"' (the quote opens right after "asks / asked / is asking / wants to
   * know / would like to know / wonders", classify.ts `RELAYED_ASK_A9`). '"Shall I compare thee to a summer's day?" is
   * Sonnet 18.' still asks nothing. Left out (v1-v25): unused (A2's setting is v26's).
   */
  relayedQuestionA9?: boolean;
  /**
   * (v26 A9) closing.no_dismissal: A2's reported clause is the provider's own when the provider opens it with "like" or "as"
   * ("Like the other librarian told you there is a limit of one question per chat, …": the provider repeats it)
   * (checks/closing.ts `AGREE_A9`). "I'm sorry the last librarian said you had asked too many questions; ask away!" is still
   * reported. Left out (v1-v25): unused.
   */
  reportedAgreeA9?: boolean;
  /**
   * (v26 A9) inquiry.clarify, closing.anything_else: A3's small talk also on any weekday ("How's your Tuesday going?") and
   * the long weekend ("Anything else exciting planned for the long weekend?") (classify.ts `smallTalkMoreA9`). "Anything else
   * fun I can find for you?" still asks. Left out (v1-v25): unused.
   */
  smallTalkMoreA9?: boolean;
  /**
   * (v26 A9) inquiry.clarify, closing.anything_else: A3's small talk is about the need when a patron message before it made
   * its subject the topic: the weather's conditions for a patron who asked about doing something outdoors ("any outdoor stuff
   * for kids this afternoon" / "How's the weather there today?"; not "Are you enjoying the snow?" to a patron asking whether
   * the library is open in the snow), the patron's list for a patron who wrote of a list ("my summer
   * reading list" / "Anything else fun on your list?") (classify.ts `PATRON_WEATHER_A9`, `PATRON_LIST_A9`). "Did you catch
   * the game last night?" to a patron asking for the box score stays small talk. Left out (v1-v25): unused.
   */
  patronTopicA9?: boolean;
  /**
   * (v26 A9) inquiry.clarify: A6's shared-screen question in the form "Is my screen coming through ok on your end?", "Is my
   * screen showing up for you?" (classify.ts `SHARED_SCREEN_A9`). "Can you see the Renew button next to the title?" still
   * clarifies. Left out (v1-v25): unused.
   */
  sharedScreenA9?: boolean;
  /**
   * (v26 A2) closing.anything_else: a patron sentence holding a quote (lol "that’s all folks" — no more questions,
   * thanks!) still says the patron is done when its words outside the quotes do (checks/closing.ts `doneOutsideQuotesA2`). The
   * patron quoting a syllabus's "no more questions after week 10" still does not. Left out (v1-v25): any sentence with a
   * quote was set aside whole.
   */
  outsideQuotesDoneA2?: boolean;
  /**
   * (v26 A2) resolution.code, followup.contact: an e-mail or phone inside a passage the patron pastes in double quotes (a
   * notice's 'Questions? Write to ill@brookside.lib.md.us. Thank you.') is the sender's, not the patron's contact
   * (facts.ts `pastedOnlyA2`): a quoted span of five words or more. 'my email is "mkhan88@gmail.com"' still gives
   * the patron's own. Left out (v1-v25): any address in a patron message was theirs.
   */
  pastedContactA2?: boolean;
  /**
   * (v26 A8) resolution.code, followup.contact: A2's pasted passage is the patron's own earlier message when the patron says
   * outside the quotes that they wrote or sent it ("i sent this to your email form last week: "…please reply to
   * t.nguyen77@gmail.com""), and the passage speaks in the first person: its e-mail or phone is the patron's contact
   * (facts.ts `OWN_PASTE_A8`). A library's notice the patron "got" ('i got this: "… Write to ill@…"') is still the sender's.
   */
  ownPastedA8?: boolean;
  /**
   * (v26 A8) info.source: A5's "Title (1882), page 214" not when the capitalised words before the year follow a possessive
   * or a comma: "your Lease (2019), page 3" is the patron's own paper, "Your grandfather, Walter Kaminski (1931), page 2" a
   * person (classify.ts `PAGE_NOT_TITLE_A8`). "The IRS Form 1040 Instructions (2023), page 45" still names a publication.
   */
  pageTitleA8?: boolean;
  /**
   * (v26 A8) follow-up session: A2's quoted promise after a reporting verb is a colleague's promise relayed now, not an
   * earlier one reported, when the quote follows "<someone> says / writes:" ('Our archivist says: "I can pull the deed and
   * call you tomorrow afternoon."'), as A2 reads the relayed promise without quotes (classify.ts `RELAYED_NOW_A8`). 'The note
   * says the last librarian wrote "I'll email you the list by Friday"' is still a report.
   */
  relayedNowA8?: boolean;
  /**
   * (v26 A10) `singleQuotesA2`, `quotedQuestionA2`: an apostrophe that opens a word opens no quotation, straight or curly:
   * a word with its first letters dropped ("'till", "'Scuse", "'Kay", a word processor's "‘til") or a year ("'99", "'80's",
   * "‘90s"); and a curly span ends at a ’ that ends a word, not at a contraction's ("don’t"). "We're open 'till 9 tonight.
   * Thanks so much for chatting, and good luck with your kids' science fair!" thanks; "‘Goodbye, Farewell and Amen’ is the
   * last one" and "Mind you, 'So Long, Marianne' is on that album too." still quote (classify.ts `SINGLE_QUOTED_A10`).
   * Left out: A2's spans.
   */
  apostropheWordsA10?: boolean;
  /**
   * (v26 A10) `quotedPromiseA2`: a colleague's words the provider relays now are no earlier promise reported: "she says"
   * (present), or "she said" when the provider says they just consulted someone ("I just checked with Ana in ILL and she
   * says "I'll email you the scan by Thursday.""): a follow-up session (classify.ts `relayedNowA10`). 'Your old ticket
   * shows someone wrote "we'll email you when the microfilm arrives"' still reports. Left out: any "says / said" reports.
   */
  relayedNowA10?: boolean;
  /**
   * (v26 A10) `reportedDismissalA2`: a colleague's answer relayed now ("I checked with my supervisor and they said you've
   * reached the limit of questions for today": a pronoun that said, in a message where the provider consulted someone) is
   * the provider telling the patron (checks/closing.ts `notReportedA2`). "It sounds like the last librarian told you your
   * time was up; that is not our policy" is still reported. Left out: every REPORTED_A2 clause is set aside.
   */
  consultedDismissalA10?: boolean;
  /**
   * (v26 A10) `pastedContactA2`: a passage the patron says they wrote, or hands over to be copied, is the patron's own
   * ("I emailed the archive last month saying "please send the deed copy to mei.chen88@gmail.com when you find it"", 'just
   * copy "Dr. Luis Ortega, luis.ortega@uic.edu, 312-555-0148" into the request'): its contact is theirs (facts.ts
   * `OWN_QUOTE_A10`). 'the email said "Your item is ready. Questions? Call the Westside branch at 614-555-0190."' is still
   * the sender's. Left out: every passage of five words or more is pasted.
   */
  ownQuoteA10?: boolean;
  /**
   * (v26 A10) `pageAfterYearA5`: the capitalised word before the year is a title's, not a month, day or season ("her
   * obituary ran in December (1948), page 12" names no publication) (classify.ts `PAGE_AFTER_YEAR_A10`). "the Annals of
   * Tompkins County (1879), page 88" still names the book.
   */
  monthYearPageA10?: boolean;
  /**
   * (v26 A10) `pastAskA6`: a past-tense question that names the contact ("I have you as ravi.n@gmail.com now. Did that
   * address work for you?") is still about the contact read back (classify.ts `CONTACT_NAMED_A10`). "Got it: 918-555-0122.
   * Did the reset work for you?" still asks about the reset.
   */
  contactPastAskA10?: boolean;
  /**
   * (v26 A10) closing.courteous (v3's quoted titles): the inch mark of a height or length in feet and inches (6'2", 5’11”)
   * opens or closes no quotation: 'The 6'2" is from his draft card, thanks for chatting, and the 1940 census has 5'11" too.'
   * thanks (classify.ts `inchesA10`). '"Goodbye, Columbus" is 5 stars' still quotes.
   */
  inchMarksA10?: boolean;
  /**
   * (v27 B2) interest.keep_informed, session.idle_checkin, session.disconnect_notice (hold messages): a search promised for
   * after the chat asks no one to wait in it. A message that promises a follow-up is no hold message when its only hold
   * words are "keep / continue looking, searching…" inside the promise's own sentence, with no word of a wait in the
   * chat ("for a few more minutes", "now", "meanwhile"): "I'll keep looking in Special Collections and email you at … by
   * Friday." starts the final idle (classify.ts `laterSearchB2`). "I'll keep looking for a few more minutes, and if I
   * can't find it I'll email you by tonight." and "Let me keep digging. If it takes too long I'll email you tomorrow."
   * are still holds.
   */
  promisedSearchB2?: boolean;
  /**
   * (v27 B7) referral.contact and the checks that read referrals (checks/referral.ts `isReferral`): the lead-ins, actors
   * and parties before a referral verb (or "… can help") are read in the last 400 characters before it (`BEFORE_MAX_B7`),
   * not the whole sentence: a sentence of 20,000 characters with a referral verb every few words took a second to score
   * ("desk end text is …"). Sentences with more than 400 characters before the verb and its lead-in are the only ones
   * read differently.
   */
  boundedBeforeB7?: boolean;
  /**
   * (v27 B6) approachability.greeting: a bare "Hello?" / "Hi??" sentence in a provider message after the provider's first
   * visible one checks whether the patron is there; it gives no greeting: "Librarian Dom with Ask Us Now. Which year…?"
   * then "Hello? Are you still with me?" greets no one (checks/approachability.ts `CHECKIN_HELLO_B6`). The provider's first
   * message ("Hello? This is Jo at Ask Us, can you see my messages?") and "Hi! Are you still there?" still greet.
   */
  helloCheckinB6?: boolean;
  /**
   * (v27 B6) approachability.greeting (v23 X1's `introClauseX1`): a lone name "on the <circ / reference / …> desk" before
   * "at / from … library" introduces who is answering, as "<name> at … library" did: "Morning! Kev on the circ desk at
   * Eastside Library, what can I do for ya?" (classify.ts `ON_DESK_B6`). X1's guards still hold ("Help on the front desk
   * at Eastside Library closes at 8" names no one, nor "Someone on the desk at …").
   */
  onDeskB6?: boolean;
  /**
   * (v27 B6) approachability.greeting (v13 N6's `gotNameN6`): "you've got <Name>" in chat-speak, "u've got" / "u got": "hey
   * there! u've got Marisa at the Pratt" says who is answering (classify.ts `GOT_NAME_B6`). As for N6, a capitalised word
   * ending the clause or before "here / at / from / with": "u've got Hoopla access with that card" names no one.
   */
  uGotNameB6?: boolean;
  /**
   * (v27 B6) approachability.greeting (v19 S5's `nameCommaPlaceS5`): the terse sign-on's library followed by the service's
   * word ("chat", "desk", "team", "service", "line"): "Hey — Tay, UofT Libraries chat." (classify.ts `NAME_COMMA_PLACE_B6`),
   * in the first two provider messages, with S5's and T6's checks (a greeting or nothing before it; no day or place for a
   * name: "Saturdays, Main Library desk." names no one).
   */
  signOnTailB6?: boolean;
  /**
   * (v27 B5) Follow-up session (the promise): the provider's message that opens by agreeing ("Will do", "Sure thing", "Of
   * course", "You got it") right after the patron asked to be contacted later ("can u just email me when u find it?", "could
   * you let me know if it turns up?") promises as "I'll email you" would: "Will do, by Friday at the latest!" (classify.ts
   * `agreedRequestB5`). Not when that message says it is done now ("Will do — sent just now") or names an automatic notice
   * ("Of course — the system emails you automatically"), nor after a request to be sent something with no later cue ("can
   * u email me the link?").
   */
  agreedRequestB5?: boolean;
  /**
   * (v27 B8) Follow-up session (B5's `agreedRequestB5`, narrowed): no promise when the agreeing words go on into a clause
   * ("I will have to ask my supervisor first, one moment."), when the patron's request asked for something now ("could u
   * text me the address when u get a sec", "can u let me know if this is the right form?"), or when the agreement is
   * turned down in the same message ("No problem — though we don't email about kits ourselves; …") (classify.ts
   * `agreedRequestB5`). "Will do, Wednesday afternoon at the latest." after "can you call me when the map is scanned?"
   * still promises.
   */
  agreedRequestB8?: boolean;
  /**
   * (v27 B1) inquiry.clarify: more whole questions of small talk than A3's list: the weather still going on ("Is it still
   * snowing out your way?") and the patron's day or weekend ("Are you having a good weekend so far?") shape no answer
   * (classify.ts `SMALL_TALK_B1`; A9's outdoor topic keeps the weather a clarifying question). "Are you having trouble
   * logging in?" and "Is it still showing the error?" still clarify.
   */
  smallTalkMoreB1?: boolean;
  /**
   * (v27 B1) inquiry.clarify: a whole question whether the chat itself works ("Sorry, is the chat box loading properly for
   * you now?", "Are my replies showing up on your end?") is a tech check, not about the need (classify.ts
   * `CHAT_CHECK_B1`). "Is the catalog loading for you now?" still clarifies.
   */
  chatCheckB1?: boolean;
  /**
   * (v27 B1) inquiry.clarify: a completeness-shaped question about the patron's own search before anything was given
   * ("Any luck finding it on your own so far?", "Did you find anything yourself yet?") asks about the patron's
   * situation, so it clarifies (classify.ts `ownSearchB1`). After a source, "Any luck with it so far?" is still the
   * completeness question.
   */
  ownSearchB1?: boolean;
  /**
   * (v27 B9) approachability.greeting (B6's `uGotNameB6`): "u got <Name>" asked as a question names an app or a thing, not
   * who is answering: "Hi there! u got Libby from the app store yet?" (classify.ts `GOT_NAME_B9`, B6's pattern when the
   * clause after the name, up to 80 characters, ends in "?"). "hey there! u've got Marisa at the Pratt, what can I do for
   * ya?" still names the provider (the clause ends at the comma).
   */
  uGotAskB9?: boolean;
  /**
   * (v27 B10) approachability.greeting (B6's `helloCheckinB6`): a bare "Hello?" is no check-in when its message also
   * offers help ("Hello? What can I help you find today?", five seconds after the sign-on): it opens the conversation and
   * greets (checks/approachability.ts). A lone "Hellooo?" after the patron fell silent is still a check-in.
   */
  helloOfferB10?: boolean;
  /**
   * (v27 B10) approachability.greeting (B6's `uGotNameB6`): "u got <Name>" after "if / once / when / since" is a condition
   * about something the patron has ("hey! if u got Firefox, try opening it there", "once u got Libby, sign in"), and
   * before "with a / your / that …" a thing the patron has ("u got Kanopy with a student login too"): no name
   * (classify.ts `GOT_NAME_B10`). "hey hey, u got Deshawn here from Ask a Librarian Delaware" still names the provider.
   */
  uGotLeadB10?: boolean;
  /**
   * (v27 B10) inquiry.clarify (B1's `smallTalkMoreB1`): the weather asked of a patron whose question turns on it (the
   * patron wrote of a storm, snow, ice, rain, the roads, driving, the bookmobile, closing or cancelling: "is the bookmobile
   * still stopping at Pine Hollow today? the roads out here are awful") shapes the answer: "Is it still snowing up your
   * way?" clarifies (classify.ts `PATRON_WEATHER_B10`). To a patron asking how to cite a tweet it is still small talk.
   */
  weatherNeedB10?: boolean;
  /**
   * (v27 B10) inquiry.clarify (B1's `chatCheckB1`): "Are messages coming through okay on your end?" asked of a patron who
   * wrote of texts, alerts or notices of their own (hold texts that stopped) is about the need, not the chat
   * (classify.ts `PATRON_MESSAGES_B10`). After "sorry the chat froze", "are my replies showing up on your end now?" is
   * still a tech check.
   */
  chatNeedB10?: boolean;
  /**
   * (v27 B10) interest.keep_informed (B2's `promisedSearchB2`): "as we chat", "while you're still on / here" is a wait in
   * the chat: "I'll keep checking the microfilm index as we chat and email you the page by Friday." is a hold
   * (classify.ts `IN_CHAT_B10`). "I'll continue searching the vertical files tomorrow and email you by Thursday." is not.
   */
  inChatMoreB10?: boolean;
  /**
   * (v27 B10) Follow-up session (B5's `agreedRequestB5`): no promise when the patron took the request back after it in the
   * same message ("could you email me when it's back? actually no, dont bother, i'll just check the catalog myself"), nor
   * when the agreeing sentence itself gives the source ("Of course, the meeting room request form is at bcpl.info/rooms"):
   * classify.ts `WITHDRAWN_B10`. "can u text me … when u find out?" then "You got it. Tomorrow by noon …" still promises.
   */
  agreedNowB10?: boolean;

  // (v28 C2) block C2's settings
  /**
   * (v28 C2) followup.contact: a loan's, a hold's or a card's date, or a day gone by, in the sentence of the promise is not
   * when the information will come (classify.ts `otherDateOnlyC2`): "I'll email you the list, and your hold expires
   * Friday.", "I checked the index last Friday, and I'll email you what I find." say no time. "Your hold expires Friday, so
   * I'll email you the list tomorrow." still says one.
   */
  otherDateC2?: boolean;
  /**
   * (v28 C2) followup.contact and resolution.code ("no patron contact known"): the address or number of a party the
   * provider will write to or call ("I'll email the recorder at recorder@countymd.gov for you and get back to you by
   * Friday.") is not the patron's, even in a sentence that says "get back to you" (classify.ts `partyContactC2`). "I'll
   * email the list to you at sam.ortiz@yahoo.com by Friday." still repeats the patron's.
   */
  partyContactC2?: boolean;

  // (v28 C5) block C5's settings
  /**
   * (v28 C5) closing.no_dismissal: a provider message that only announces the end of the chat (every sentence ends it,
   * says goodbye or thanks), with no way back, right after a patron's question that no later provider message answers, ends
   * the help for the provider's convenience: "and do you have old photos too?" then "I'm going to end the chat now."
   * (classify.ts `endOnQuestionC5`). Near misses that stay no dismissal: the end after the patron's thanks, a notice to a
   * patron who seems gone, an end for the patron's abusive language. Left out (v1-v27): only the dismissal families counted.
   */
  endOnQuestionC5?: boolean;
  /**
   * (v28 C5) closing.no_dismissal: the queue named and the answer given in the same sentence after "a quick answer:" /
   * "briefly:" goes on helping ("Other patrons are waiting, so a quick answer: the FSA photos are at loc.gov/…"), as a
   * source in a later sentence already did (checks/closing.ts `helpGoesOn`, classify.ts `queueThenSourceC5`). Near miss:
   * "Other patrons are waiting, so I have to go: bye." gives nothing and still dismisses. Left out (v1-v27): only a source
   * in a later sentence counted.
   */
  queueThenSourceC5?: boolean;

  // (v28 C6) block C6's settings
  /**
   * (v28 C6) inquiry.clarify: "So you need to log in first with your card number and PIN." tells the patron what to do: a
   * statement opening "so you need to" + a step (log in, reset, register…) with "first" or "before" restates nothing
   * (classify.ts `instructionC6`). "So you need to find out when the branch reopens." still restates.
   */
  instructionNotRestateC6?: boolean;
  /**
   * (v28 C6) inquiry.clarify: a rhetorical "who doesn't love a good mystery?" asks the patron nothing (classify.ts
   * `RHETORICAL_C6`). "Who would you like the books for, you or your son?" still asks.
   */
  rhetoricalC6?: boolean;
  /**
   * (v28 C6) inquiry.clarify: before anything is given, a restatement asked back ("Picture books about dinosaurs for a
   * five-year-old — is that what you're looking for?", four words or more before it) asks about the need, though its tail
   * reads like followup.completeness (classify.ts `restatedAskC6`). "Is that what you're looking for?" alone, or after a
   * source in the same message, is not one.
   */
  restatedAskC6?: boolean;
  /**
   * (v28 C6) followup.completeness: "Does that make sense so far?" followed, in the same message, by the next step announced
   * ("Next I'll show you how to place the hold.") asks whether a step is understood, not whether the information meets
   * the need (classify.ts `soFarStepC6`). "Does that make sense so far?" ending the answer still asks.
   */
  soFarStepC6?: boolean;
  /**
   * (v28 C6) inquiry.clarify: "Let me just check I've got this right: a biography of Ada Lovelace?" checks the provider's
   * reading of the need, not the catalogue: its "let me just check" is no hold (classify.ts `CHECK_RIGHT_C6`). "Let me
   * just check the catalogue, which branch?" is still read as a hold before its question.
   */
  checkRightC6?: boolean;
  /**
   * (v28 C6) followup.completeness only (inquiry.clarify still reads these before a source as questions about the need):
   * after a source, "Is that the sort of thing?" and "Is this okay for you?" ask whether what was given meets the need
   * (classify.ts `MORE_COMPLETE_C6`). "Is it okay for you if I email the list?" asks leave, and "I can have the scan by
   * Friday, is that ok for you?" asks about what is not yet given (an offer).
   */
  moreCompleteC6?: boolean;

  // (v28 C8) block C8's settings
  /**
   * (v28 C8) followup.contact: C2's `otherDateC2` does not void a date that is the delivery's deadline: "by the last Friday
   * of the month" says when the information will come (classify.ts `dueDeliveryC8`; "before your paper is due Monday" is
   * C10's `beforeDueC10`). Near miss: "I'll email you the list, and your card expires next Monday." still says no delivery
   * time.
   */
  dueDeliveryC8?: boolean;
  /**
   * (v28 C8) followup.contact: C2's `partyContactC2` does not drop the patron's own address or number (the one in the patron
   * fields, repeated back): "I'll email the scans over at maria.g@outlook.com tonight." confirms it (facts.ts). Near miss:
   * "I'll email the registrar at registrar@umd.edu and get back to you by Friday." is still the registrar's.
   */
  ownContactC8?: boolean;

  // (v28 C10) block C10's settings
  /**
   * (v28 C10) closing.no_dismissal: `endOnQuestionC5` not after a patron who said they were done or asked to end the chat
   * (classify.ts `patronEndedC10`): "that's all thanks, can you close the chat?" then "I'm going to end the chat now." is
   * no dismissal. "and do you have old photos too?" then the end still fails.
   */
  patronEndedC10?: boolean;
  /**
   * (v28 C10) followup.contact: `otherDateC2` not when the information comes before something is due (classify.ts
   * `beforeDueC10`): "I'll email you the scans before your essay is due Monday." says when. "I'll email you once I find
   * it; the book you have is due back Friday." still gives no when.
   */
  beforeDueC10?: boolean;
  /**
   * (v28 C10) followup.contact and resolution.code: `partyContactC2` keeps the number or address after "back" or a thing
   * sent (classify.ts `withoutPartyContactC2`): "I'll call back on 360-555-0142", "I'll text the link on 0412 345 678"
   * are the patron's. "I'll write to the county clerk at clerk@co.whatcom.wa.us" is still the party's.
   */
  sentThingC10?: boolean;
  /**
   * (v28 C10) inquiry.clarify: `rhetoricalC6` not when the question offers a choice after a comma (classify.ts
   * `CHOICE_C10`): "Who doesn't like spicy food, the kids or the grandparents?" asks. "Ooh, who doesn't love a good
   * mystery?" still asks nothing.
   */
  choiceNotRhetoricalC10?: boolean;
  /**
   * (v28 C10) inquiry.clarify: `instructionNotRestateC6` only when the step comes "first" or "before you can"
   * (classify.ts `FIRST_C10`): "So you need to reset your PIN before your class on Friday." restates the need. "So you
   * need to log in first with your card number." is still an instruction.
   */
  instructionFirstC10?: boolean;
  /**
   * (v28 C10) inquiry.clarify: `checkRightC6` not when the sentence also asks the patron to wait or names a look-up
   * (classify.ts `LOOKUP_C10`): "Let me make sure I have that right — can you hold on a moment while I look at your
   * account?" is a hold. "Let me just check I've got this right: a biography of Ada Lovelace?" still clarifies.
   */
  lookupHoldC10?: boolean;
  /**
   * (v28 C10) followup.completeness: `moreCompleteC6`'s "Is that okay for you?" not after a sentence naming a time, a
   * day, a wait or a booking (classify.ts `TIME_C10`): "The next appointment is Thursday at 2. Is that okay for you?"
   * asks about the time. "…catalog link: ocpl.org/catalog/record/88412. Is this okay for you?" still asks.
   */
  timeOkC10?: boolean;
  /**
   * (v28 C10) followup.completeness: `soFarStepC6` not when the question asks whether what was given answers or helps
   * (classify.ts `SO_FAR_ASKED_C10`): "Does this answer your question so far? Then I'll show you the other databases."
   * asks. "Does that make sense so far? Next I'll show you how to place the hold." is still a step.
   */
  soFarAskedC10?: boolean;

  // (v29 D1) settings of block D1 go here
  /**
   * (v29 D1) referral.contact: a referring verb after a third party's instruction relayed to the patron is a referral
   * (checks/referral.ts `RELAYED_LEAD_D1`): "Ms. Ortiz in Special Collections said to tell you to call her at 410-555-0187",
   * "the clerk wants you to give her a ring". Near miss: "Ms. Ortiz said to tell you she'll call you tomorrow" (the patron is
   * the one called), "I said to tell you to call her" (the provider's own lead, `SELF_BEFORE`).
   */
  relayedLeadD1?: boolean;
  /**
   * (v29 D1) referral.contact: a referring verb in -ing opening a sentence that is a hold is the provider consulting someone
   * on the patron's behalf, no referral (RUBRIC.md's Terms, Referral): "Checking with our genealogy desk, one moment.". Near
   * miss: "Checking with the county clerk is your best bet." (a gerund subject, no hold) still refers.
   */
  consultingHoldD1?: boolean;
  /**
   * (v29 D1) referral.contact: a purpose clause "To send it by mail," before "write to <party>" (read by v11's "send … to" verb
   * as one phrase, "send it by mail, write to") leads into a referral (checks/referral.ts `SEND_THEN_WRITE_D1`): "To send it by
   * mail, write to the Division of Vital Records, PO Box 68760, Harrisburg, PA 17106". Near miss: "To send it to you, I'll
   * need your email." (no imperative to write to a party).
   */
  purposeSendD1?: boolean;
  /**
   * (v29 D1) referral.contact: "you" alone before "file it / one with <party>" (phrasesV29D1's referralVerb) tells the patron
   * the procedure (checks/referral.ts `YOU_FILE_D1`): "You file it with the Circuit Court clerk in your county: in Howard
   * County call 410-313-2111". Near miss: "They file it with the county recorder for you." (the party acts, "they").
   */
  youFileD1?: boolean;
  /**
   * (v29 D1) referral.contact: v15's service sign-on ("Ask RPL, this is Greg") also as "Ask <Service> (text), <Name> @ / at
   * <Library>" opening the first message (checks/referral.ts `SERVICE_NAME_AT_D1`): "hi! Ask Lib text, Cam @ Sacramento
   * Public Library." is the service's name, no referral. Near miss: "Ask Legal Aid, they're at 410-…" and "Ask Dr. Lee at the
   * clinic" (no first name then "@ / at").
   */
  serviceNameAtD1?: boolean;

  // (v29 D2) settings of block D2 go here
  /**
   * (v29 D2) referral.contact: a later sentence's URL whose domain label spells the referred party's name run
   * together is the party's own way to reach it, even after a resource noun (checks/referral.ts `nameLabelD2`): "Contact
   * the Montana State Library about an e-card. The form is at montanastatelibrary.example.org/ecard." The near miss: a
   * label with only part of the name ("The form is at mt.gov/ecard", "oregonlawhelp.org" after "the Oregon State
   * Library") stays the resource's.
   */
  nameLabelD2?: boolean;
  /**
   * (v29 D2) referral.contact: the first referral of a message, with no contact in its own stretch, takes one from a
   * later sentence that names it (checks/referral.ts `furtherParties`, v16's `laterContactTheParty`) before another party
   * is counted unreached: "Call the Tenant Union or Ridgeview Legal Aid. The Tenant Union's hotline is 555-310-2200.
   * Ridgeview Legal Aid takes intake at …". The near miss: the later sentences reach only the other party ("Ridgeview
   * Legal Aid takes intake at …" alone), and the first still fails.
   */
  firstLaterD2?: boolean;
  /**
   * (v29 D2) referral.contact: a calling verb whose object is the phone number said just before it to be the one to call
   * (checks/referral.ts `NUMBER_TO_CALL_D2`): "Then 301-600-1544 is the number to call: that's Frederick County Animal
   * Control", a referral with its number. The near miss: "The number to call is on the letter they sent you" (no number).
   */
  numberToCallD2?: boolean;
  /**
   * (v29 D2) referral.contact: in a sentence with two referring verbs, the second verb's object counts as a party of its
   * own when it is the capitalised name after a verb of getting in touch (checks/referral.ts `namedClauseD2`): "call
   * Maryland Legal Aid at 410-951-7777, and you can also talk to the Baltimore Renters United organizers" needs the
   * organizers' contact too. The near miss: "…, and talk to them about your lease" (no name) stays one party.
   */
  namedClauseD2?: boolean;

  // (v29 D3) settings of block D3 go here
  /**
   * (v29 D3) inquiry.clarify: a question with the completeness question's words asked before anything was given (no
   * earlier provider message gives information, no statement before it in its message: classify.ts `nothingGivenD3`)
   * asks about the patron's situation: "Hi, Jo at Ask Us here." then "Is the catalog loading for you now?" clarifies.
   * Near miss: "The branch closes at 9. Does that answer your question?" still asks completeness.
   */
  nothingGivenD3?: boolean;
  /**
   * (v29 D3) info.source: a hold sentence whose first clause states a find naming a resource (classify.ts
   * `holdClauseSourceD3`): "I see the 1974 proceedings volume in WorldCat at two libraries so far, still checking for a
   * digital copy." gives a source. Near misses: "Let me check WorldCat, one moment." and "Nothing in WorldCat so far,
   * still checking." give none.
   */
  holdClauseSourceD3?: boolean;
  /**
   * (v29 D3) info.source: a format said of a pronoun names no resource (classify.ts `formatOnlyD3`): "ok we have it on
   * microfilm." gives no source. Near miss: "The Hagerstown Herald-Mail for 1987 is on microfilm in our Western Maryland
   * Room" still names one (no pronoun before the format).
   */
  formatOnlyD3?: boolean;
  /**
   * (v29 D3) info.source: a newspaper's item named by its masthead is a named resource (classify.ts `newspaperItemD3`):
   * "I see a 1927 Times-Picayune item about a kitchen fire at the Monteleone." gives a source. Near misses: "I couldn't
   * find a Tribune article on it." and "the Star Wars article" give none.
   */
  newspaperItemD3?: boolean;
  /**
   * (v29 D3) info.source: a question sentence left uncut after a call number's or a name's last letter is read up to that
   * letter as a statement (classify.ts `initialQuestionD3`): "… in the catalog at 551.55 R. Will those work for your
   * project?" gives a source. Near miss: "Do you want me to look in the catalog?" (no letter before) still gives none.
   */
  initialQuestionD3?: boolean;
  /**
   * (v29 D3) inquiry.clarify: the patron's requested title and author echoed back with an acknowledgement restate the
   * request (classify.ts, v25 Z2's `titleEchoZ2`): "Plainsong by Kent Haruf, got it." clarifies. Near miss: "Plainsong by
   * Kent Haruf is on the shelf at Harmony." gives the source.
   */
  titleEchoRestateD3?: boolean;

  // (v29 D4) settings of block D4 go here
  /**
   * (v29 D4) approachability.greeting: a greeting word opening a provider sentence is no greeting when the words from it
   * to the next word echo what the patron typed before, after other words of their own (classify.ts `titleEchoD4`): a title
   * the patron asked for. "do u have hey arnold the movie" / "Hey Arnold! The Movie is on Hoopla" greets no one. The near
   * miss: "hi there, do you have…" / "Hi there! I'm Jo" (the patron's own greeting opens their message) still greets.
   */
  titleEchoD4?: boolean;
  /**
   * (v29 D4) approachability.greeting: S5's first sign-on form (a capitalised name, a comma, a place ending in "library")
   * after a greeting and a comma at the sentence's start (classify.ts `GREET_NAME_PLACE_D4`): "Hi, Marv, reference at Ocean
   * County Library.", "Hello, Jan, Toledo Library." The near miss: "Hi, Maria, thanks for contacting the Toledo Library."
   * (a place part opening on S5's thanks / welcome / step words addresses the patron).
   */
  greetNamePlaceD4?: boolean;
  /**
   * (v29 D4) approachability.greeting: S5's second form (the place, a comma, the name) with a Spanish place opening on
   * "Biblioteca(s)" (classify.ts `PLACE_NAME_ES_D4`): "Buenas. Biblioteca Municipal de Zaragoza, Pilar." The near miss:
   * "Biblioteca Municipal de Zaragoza, Calle Mayor 2." (no capitalised name alone after the comma).
   */
  placeNameEsD4?: boolean;
  /**
   * (v29 D4) approachability.greeting: X1's `introClauseX1` reads the clause after a greeting word that ends its own clause
   * ("Hiya, Bex on chat duty from Leeds Libraries!", "hi, kat from the teen desk @ evanston public library") and after
   * "hiya / heya / howdy" as it did after "hi / hey / hello" (classify.ts `GREET_LEAD_D4`). The near miss: "Hi, flyers
   * from the book sale @ Main Library are free" (X1's guards: a plural, a clause that runs past the library).
   */
  greetClauseD4?: boolean;
  /**
   * (v29 D4) approachability.greeting: "this is <Name>" typed with a transposed or dropped letter ("thsi is", "tihs is",
   * "htis is", "ths is", "this si", "thisis"; classify.ts `TYPO_INTRO_D4`): "Hi, thsi is Dana at Pima County Libary." The near
   * miss: "thsi is a great series" (no capitalised name after it).
   */
  typoIntroD4?: boolean;
  /**
   * (v29 D4) approachability.greeting: the provider places themselves at a named library, in a statement or a question
   * (classify.ts `PLACED_AT_D4`): "Tuesdays on the info desk at Burlington Library we have notaries — what do you need?", "Is
   * it as rainy where you are as it is here at the Millbrook Library?" The near misses: "Can you pick it up here at the Main
   * Library?" (no "it is / we are / I am" before "here"), "At Burlington Library they have notaries." (not "we").
   */
  placedAtLibraryD4?: boolean;
  /**
   * (v29 D4) approachability.greeting: the name shapes' "<Name> from / at <place>" names someone else when the sentence makes
   * that person a clause's subject after an apposition, or asks whether the patron is them (classify.ts `NAME_SUBJECT_D4`):
   * "Hi! Tom at the Lakewood Library, our genealogy guy, is out until Monday", "Hi! Sam from Oakwood Library :) is that
   * you?" The near misses: "Hi, Jo at Ask Us here, is that you who called?" ("here": the provider), "Tom at the Lakewood
   * Library, how can I help?" (no verb after an apposition).
   */
  nameSubjectD4?: boolean;
  /**
   * (v29 D4) the substantive exchange (and the information checks): a short introduction ending on "here," with an answer
   * after it in the same sentence is no filler (classify.ts `INTRO_TAIL_D4`): "Jo at the reference desk here, we close at 9
   * tonight." The near misses: "Jo at the reference desk here, we're happy to help!" and "…here, how can I help?" (no answer:
   * no digit, or no "we / our / the / it / they / your" opening the tail).
   */
  introTailD4?: boolean;
  /**
   * (v29 D4) approachability.greeting: X1's lone name may end in "s" when the clause puts it at a desk of the library
   * (classify.ts `DESK_NAME_S_D4`): "hey!! jules from the kids desk @ Lakewood Public Library." The near misses: "flyers from
   * the front desk @ Main Library." and "passes at the info desk @ Eastside Library." (things handed out at a desk).
   */
  deskNameSD4?: boolean;

  // (v29 D5) settings of block D5 go here
  /**
   * (v29 D5) followup.completeness: whole-sentence questions about what was given that no family reads ("Is that page of
   * any use in the meantime?", "Has FamilySearch got what you need for now?", "Are those the kind of thing she'd like?"),
   * and the bare "Is it fine?" / "Is that alright?" right after a sentence that gives a source (a URL or a named resource)
   * with no offer or time in it. Near misses: "Is it any good?" (an echo of the patron), "I can mail you the receipt
   * tomorrow. Is it fine?" (the offer), "Is that alright?" in a message of its own after a promise (the older reading).
   */
  moreCompleteD5?: boolean;
  /**
   * (v29 D5) closing.no_dismissal: a hold taken back ("never mind", "scratch that", "forget it", "on second thought") and
   * followed in the same message by leaving for the provider's convenience is no hold: "brb... actually nvm gotta run,
   * ttyl" fails. Near misses: "brb... actually nvm, found it: …" (the help goes on), "one sec, never mind the photos,
   * I'll check the archive" (no leaving).
   */
  holdTakenBackD5?: boolean;
  /**
   * (v29 D5) resolution.code and followup.contact: a patron message whose every e-mail and phone is one the patron was told to
   * call ("the county site says call 410-555-0100 about my property tax credit but nobody answers") gives no patron contact.
   * Near misses: "call me at 410-555-0100", "you can call me on …", "my number is …" (the patron's own).
   */
  toCallD5?: boolean;

  // (v29 D6) settings of block D6 go here

  // (v30 F1) settings of block F1 go here
  /**
   * (v30 F1) referral.contact: a clause where the patron is told what they can do ("you can order", "you'll need to book",
   * "you can get") and then "by" and a contact verb in -ing refers the patron to the party called: "you can order the
   * form by ringing the ATO's publication ordering line on 1300 720 092", "you can get one by calling the county clerk at
   * …". Near misses: "you can order them by visiting irs.gov/orderforms" (a page, a source), "I got it by calling the
   * county myself" (the provider acted).
   */
  byMeansYouF1?: boolean;

  // (v30 F2) settings of block F2 go here
  /**
   * (v30 F2) A referral's name followed by a local seven-digit number: "call Northside at 555-0134" (v6's name-at-contact
   * read only numbers with an area code). Near miss: "The call number is 364.1523 at Northside." (no number to call).
   * Left out (v1-v29): not read.
   */
  localNumberF2?: boolean;

  // (v30 F3) settings of block F3 go here
  /**
   * (v30 F3) An app named with where to get it is a source: a sentence telling the patron to download, get or install it
   * from the App Store, Google Play or the Play Store ("The GED Flash app is good; download it free from the App Store or
   * Google Play."). Near miss: "the App Store is down today" (no download), and "try the DMV Genie app" (no way to reach it).
   */
  appStoreF3?: boolean;
  /**
   * (v30 F3) The tutors of an online tutoring service the library offers are part of that resource, not a party to contact:
   * "HelpNow has live tutors from 2 to 11pm who can walk you through those" (the patron uses the database; no referral).
   * Near miss: "The Adult Learning Center has tutors who can walk you through it" (a centre the patron visits still refers).
   */
  onlineTutorsF3?: boolean;

  // (v30 F4) settings of block F4 go here
  /**
   * (v30 F4) substantive exchange (info checks): a whole sentence of sympathy only ("Sorry about that.", "Oh no, sorry to hear
   * that!", "Sorry Libby is giving you trouble.") is filler, like the greeting it follows: a patron who vanished after "Hi,
   * this is Ana at Ask Us Now! Sorry about that." and a hold had no substantive exchange. Near misses: "Sorry, that title
   * isn't in our collection." and "Sorry to hear that; help.libbyapp.com has the fix." still give information.
   */
  sympathyFillerF4?: boolean;
  /**
   * (v30 F4) approachability.greeting: chat-speak "im" in lower case before a capitalised name introduces the provider as
   * "I'm" does: "hi! im Jess, student assistant at the Ellis Library help desk :) which login r u using?". Near misses:
   * "im Sorry for the wait" and "im Still checking" name no one (stop words, and no comma, stop or place word after).
   */
  lowerImF4?: boolean;
  /**
   * (v30 F4) approachability.greeting: an app fetched "from the App Store / Play Store / Google Play" is no one introducing
   * themselves: "Update Libby from the App Store." names no provider (Libby is the app). Near misses: "Hi, Jo here, get Libby
   * from the App Store." (Jo still introduces) and "Libby from the Towson Library here!" (a person at a library).
   */
  appStoreNameF4?: boolean;

  // (v30 F5) settings of block F5 go here
  /**
   * (v30 F5) closing.no_dismissal: a message that only says the service is closed now ("We close at 8 and it's 8.
   * Goodnight.", "We're closed now, sorry.") right after the patron's question, with no way back, fails (classify.ts
   * `closedNowF5`). Near misses that stay no dismissal: the same after "is the branch open now?" (the answer), with a way back
   * ("we reopen at 9"), or with the help in it ("We're closed now, but the catalogue is at catalog.sample.org").
   */
  closedNowF5?: boolean;
  /**
   * (v30 F5) closing.no_dismissal: the end only threatened on a condition about the patron's conduct ("If the language
   * continues I will have to end the chat.") ends nothing (classify.ts `conductWarningF5`). Near miss: "I will have to end
   * the chat now because of the language." still ends it (and reads as misconduct elsewhere).
   */
  conductWarningF5?: boolean;

  // (v30 F6) settings of block F6 go here
  /**
   * (v30 F6) followup.completeness: a whole question whether a thing named by its noun ("the <1-4 words>") is any use, help
   * or good, where that noun's last word was in a provider sentence that gave a source before it (classify.ts
   * `namedUseF6`): "Is the Record Office catalogue any use for now?" after "their catalogue is at northyorks.gov.uk/…".
   * Near misses: "Is the Ancestry database any good?" echoing the patron's own "any good?"; "Is the microfilm reader any
   * use to you?" when no source named the reader; "Would the catalogue be any use?" (an offer, not this form).
   */
  namedUseF6?: boolean;
  /**
   * (v30 F6) closing.anything_else: the whole questions "Will that be all?", "(Is) that it for today?", "Is that all you
   * need?" (classify.ts `thatAllF6`), asked by the provider. Near misses: "Will that be all right?", "Is that all the pages
   * you need?", the bare "Is that it?" (also "is that the one?": the older reading).
   */
  thatAllF6?: boolean;
  /**
   * (v29 D6) In a session that IS transferred (a `system` transfer event after the message), a provider message before the
   * transfer that says another provider joins or takes the chat in words the `transferNotice` family leaves out (they are
   * as often said of something else in a session without a transfer): "<Name> … is going to join and take it from here",
   * "Rosa from Local History will pick it up from here", "I'm going to have our archivist hop in", "I'll get Rosa on here
   * for you", "I'm going to route your question to our … librarian, please stay on". It tells the patron about the transfer
   * (transfer.handoff) and is a hold (Terms: "An announcement that the chat is being transferred is a hold message").
   * Near misses: the same words with no transfer after them ("I'll get Rosa on here" in a session that is never
   * transferred stays no hold), things instead of a person ("I'll get the form on here"), the patron as subject ("you can
   * pick it up from here"), a question routed with no word that the patron stays in the chat.
   */
  transferredNoticeD6?: boolean;
  /**
   * (v29 D6) A patron message asks nothing (v13's `askedNothingN4`: the substantive exchange opens at the first patron
   * message that asks something) also when it is insults, taunts and laughter only ("this library sucks ass", "f u", "ur
   * mom", "make me lol", "lmaooo"), a staff check of the chat ("lol sorry just checking the widget on our branch page
   * works"), or praise only ("just wanted to say you guys are awesome 😊 the storytime lady is my kids fave"). Near misses:
   * the same words with a need after them ("this database sucks, how do i get the full text?", "just checking if the
   * library is open sunday", "just wanted to say thanks, is there a storytime on saturdays?").
   */
  askedNothingD6?: boolean;
  /**
   * (v29 D6) closing.no_dismissal: a dismissal for the provider's convenience ("other patrons are waiting" / "so I have to
   * go") is not failed when the patron only protests next ("wait", "no wait please", "hang on!") and the provider's very
   * next message offers the way back ("You can come back another time and we can go through it together!"): offered before
   * the chat ends, when an answer was given before the dismissal. Near misses: the reply offers no way back ("Sorry, I
   * really have to go."), the patron's message is a new need or thanks, the provider refused before giving any answer ("I
   * need to end here, there are others waiting." / "wait what" / "you can come back later": v20 T5's reading, fails).
   */
  wayBackAfterWaitD6?: boolean;
};

const r = String.raw;

// Reused fragments (plain strings spliced into the families below).
const DAYS = r`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|lunes|martes|miercoles|jueves|viernes|sabado|domingo)`;
const MONTHS = r`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)`;
const NUMW = r`(?:\d+|one|two|three|four|five|six|seven|a|an|a few|a couple(?: of)?|several|24|48|72)`;
const YOU = r`(?:you|u)`;
// Future or offer: "I'll", "we will", "I can", "I'd be happy to" (after apostrophe removal).
const FUTURE = r`will|ill|well|shell|hell|theyll|youll|itll|shall|going to|gonna|can|could|happy to|glad to|delighted to|(?:id|wed|i would|we would) like to|plan to|promise to|want me to|like me to|let me|let us`;
const TLD = r`(?:com|org|net|edu|gov|info|us|io|ca|uk|co|mil|int|biz|app|ly|tv|ai|au|nz|ie|de|fr|es|mx|eu|online|site|library|museum|news|ac|md)`;

const phrases: RubricPhrases = {
  // ---- openings -----------------------------------------------------------------------------
  greeting: [
    r`\b(?:hi|hello|hey|heya|hiya|howdy|greetings|hallo|hola|bonjour|salut|ola|aloha)\b`,
    r`\bgood (?:morning|afternoon|evening|day)\b`,
    r`\bwelcome\b(?<!(?:youre|you are|are|is|be|were|am|youll be|will be) welcome)`,
    r`\bbuen(?:os|as) (?:dias|tardes|noches)\b`,
    r`\bbienvenid[oa]s?\b`,
    r`\bthank(?:s| you)(?: so much| very much)? for (?:contacting|reaching out|chatting|writing|your question|using|visiting|getting in touch|asking|waiting|your patience|coming|stopping by|messaging|calling|texting|connecting|the question|holding|bearing with)`,
    r`\bgracias por (?:contactar|comunicarse|escribir|su (?:pregunta|paciencia|consulta)|esperar|usar)`,
    r`\bnice to (?:meet|chat with|hear from) you\b`,
  ],
  // Words stripped from the start of a sentence before deciding what the rest is ("Hi, yes, ...").
  leadIn: [
    r`^(?:(?:hi|hello|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening|day)|welcome(?: back)?|hola|buen(?:os|as) (?:dias|tardes|noches)|ok|okay|great|sure|perfect|wonderful|excellent|awesome|alright|all right|yes|no|well|so|oh|ah|got it|understood|thanks|thank you|gracias|no problem|of course|absolutely|certainly|cool|nice|glad to hear (?:it|that)|good news|good idea|good question|great question|right|fantastic|lovely|super|sounds good)(?: there| again| all| everyone| [a-z]+)? ?[,!.:;-]+ *)+`,
  ],
  // First-person introductions; a name (capitalised in the original text) or a role should follow.
  selfIntro: [
    r`\b(?:im|i am|this is|my name is|my names|name is|me llamo|mi nombre es|soy|les? (?:saluda|atiende)|te (?:saluda|atiende)|youre chatting with|you are chatting with|youre (?:now )?(?:connected|talking|speaking) (?:to|with)|you are (?:now )?(?:connected|talking|speaking) (?:to|with)|youve reached|you have reached)\b`,
  ],
  selfRole: [
    r`\b(?:librarian|librarians|library (?:staff|assistant|associate|specialist|worker|employee|team|technician|aide)|reference (?:staff|desk|team|services?|assistant|specialist)|research (?:desk|team|services|help desk)|information (?:specialist|desk)|staff member|archivist|circulation (?:staff|desk)|member of (?:the|our) (?:library )?staff|bibliotecari[oa]s?|bibliotecologa?o?)\b`,
  ],
  selfService: [
    r`\b(?:askusnow|ask us now|ask away|askaway|ask a librarian|askalibrarian|ask-a-librarian|ask us 24 ?/ ?7|ask the library|chat reference|virtual reference|maryland askusnow|pregunte (?:al|a un) bibliotecario|pregunta a un bibliotecario)\b`,
  ],
  selfAffiliation: [
    r`\b(?:library|libraries|library system|public library|biblioteca|bibliotecas|university|college|reference desk|help desk|research desk)\b`,
  ],
  selfAffiliationLead: [
    r`\b(?:im|i am|this is|my name is|me llamo|soy|here (?:at|from|with|in)|welcome to|bienvenid[oa]s? a|youve reached|you have reached|youre chatting with|you are chatting with|(?:connected|talking|speaking) (?:to|with))\b`,
    r`\bthank(?:s| you)(?: so much| very much)? for (?:contacting|reaching out to|chatting with|using|visiting|calling|messaging|writing to|texting|choosing)\b`,
    r`\bgracias por (?:contactar|comunicarse con|escribir a|usar)\b`,
    r`\bhere[.!]*$`,
    r`\b(?:hello|hi|hey|greetings|hola) (?:from|at)\b`,
  ],
  // "Greg here", "Samira from the UMBC Library here" (normalised: the name is a plain word).
  selfNameHere: [r`^[a-z]+(?: [a-z]+)? here\b`, r`^[a-z]+ (?:from|at|with) .{2,60} here[.!]*$`],
  // The greeting's open offer of help: not a question about the need.
  greetingOffer: [
    r`\bhow (?:can|may|could|might|shall) (?:i|we) (?:help|assist|be of (?:help|assistance|service)|serve|direct)\b`,
    r`\bwhat can (?:i|we) (?:do|help|find|assist|look up)\b`,
    r`\bwhat (?:brings you|would you like to know|is your question|s your question)\b`,
    r`\bwhats your question\b`,
    r`\bhow (?:are you|is your (?:day|evening|morning|afternoon)|is it going|are things)\b`,
    r`\bdo you have a question\b`,
    r`\b(?:en que|como) (?:le |te |les )?(?:puedo|podemos) (?:ayudar|servir)\b`,
    r`\bque (?:se le|se te) ofrece\b`,
  ],
  // Pleasantries, offers of help, sympathy, apologies for the wait: not work on the question.
  offer: [
    r`\b(?:i|we)(?:d| would|ll| will| can| could|m| am|re| are)? (?:be )?(?:so |more than |really )?(?:happy|glad|delighted|pleased) to (?:help|assist|look|take a look|find|search|check)\b`,
    r`\b(?:i|we) (?:can|could) (?:definitely |certainly |absolutely |surely |probably |try to |help you )?(?:help|assist)\b`,
    r`\blets (?:see|find|figure|take a look|look|get (?:you|this|that|started)|work|check|try|dig)\b`,
    r`\b(?:im|i am|were|we are) (?:so |very |really |truly )?sorry (?:to hear|you|about|for|that)\b`,
    r`\bsorry (?:for|about) (?:the |your |that |this |a |my )?(?:short |long |little )?(?:wait|delay|hold)\b`,
    r`\bsorry you(?:re| are| have|ve)\b`,
    r`\bsorry to keep you waiting\b`,
    r`\bthank(?:s| you) for (?:your patience|waiting|holding|bearing with me|your question|the question|asking|reaching out|contacting)\b`,
    r`\b(?:good|great|fun|interesting|excellent|wonderful|fascinating) (?:question|topic|project|idea)\b`,
    r`\b(?:no problem|no worries|sure thing|my pleasure|happy to help|glad to help)\b`,
    r`\bi(?:ll| will) (?:do my best|try my best|see what i can (?:do|find))\b`,
    r`\b(?:im|i am) (?:reading|looking at|reviewing) (?:through )?your (?:question|message)\b`,
    r`\bhappy birthday\b`,
    r`\bcon (?:mucho )?gusto\b`,
    r`\bun placer\b`,
  ],
  // A whole sentence that only acknowledges.
  ack: [
    r`^(?:(?:ok|okay|sure|great|perfect|wonderful|excellent|awesome|nice|cool|got it|gotcha|understood|thanks|thank you|no problem|of course|certainly|absolutely|yes|no worries|good|alright|all right|i see|ah|oh|hmm|sounds good|right|indeed|fantastic|lovely|super|glad to hear (?:it|that)|good to hear|that makes sense|makes sense|will do|youre welcome|you are welcome|my pleasure|that will do|perfecto|claro|vale|de nada|bueno|muy bien)[ ,!.]*)+$`,
  ],

  // ---- waiting ------------------------------------------------------------------------------
  // Hold message (Terms): looking something up now, or asking the patron to wait.
  hold: [
    r`\blet me (?:just |quickly |go |now |first |also )?(?:check|look|see|search|find|pull|take a (?:quick )?look|look into|verify|confirm|dig|research|find out|investigate|get|grab|open|try|double check|browse|review|read|consult|ask|run|do a (?:quick )?search|transfer|connect|bring up|look up|locate|track down|gather)\b`,
    r`\b(?:give|allow) me (?:a|one|just a|a few|a couple(?: of)?|another|some|two|five|\d+) ?(?:more )?(?:moment|minute|second|bit|while)s?\b`,
    r`\b(?:one|a) (?:moment|minute|second)(?: please)?(?:[.!,]|$)`,
    r`\b(?:one|a|just a) (?:moment|minute|second) (?:please|while|as|and i|so i|i)\b`,
    r`\bjust a (?:moment|minute|second)\b`,
    r`\b(?:one|just one) (?:moment|minute|second)s?(?: please)?(?:[.!,]|$| while| as| and| so| i| let)`,
    r`\b(?:may|might|will|could|should) take (?:me )?(?:a few|a couple of|a couple|some|a little|a bit of|several|a) ?(?:minutes?|moments?|time|while|bit)\b`,
    r`\bbe right with you\b`,
    r`\bhold please\b`,
    r`^(?:still )?(?:searching|checking|looking (?:into it|into that|now|it up|that up)|working on it|digging|researching)\b`,
    r`\bdo (?:some|a little|a bit of|a quick|a few) (?:searching|research|digging|looking|searches)\b`,
    r`\b(?:hold on|hang on|hang tight|bear with me|please wait|please hold|wait a (?:moment|minute|second)|stand by|be right back)\b`,
    r`\b(?:im|i am|were(?<!(?:you|u|they|who|what|that|which|there|we|it|these|those|ones) were)|we are) (?:still |currently |now )?(?:checking|looking|searching|working on|digging|reading|researching|pulling|trying to find|investigating|reviewing|browsing|going through|hunting|gathering|consulting|locating)\b`,
    r`\bstill (?:looking|searching|checking|working|digging|researching|trying)\b`,
    r`\bwhile (?:i|we) (?:check|look|search|find|pull|see|dig|research|review|get|verify|confirm)\b`,
    r`\b(?:searching|checking|looking) (?:now|on that|into (?:it|that|this))\b`,
    r`\bworking on (?:it|that|this|your)\b`,
    r`\b(?:ill|i will|let me) keep (?:looking|searching|checking|digging)\b`,
    r`\b(?:continue|continuing|keep|keeping) (?:to )?(?:look|search|check|dig)`,
    r`\b(?:un|1) (?:momento|momentito|segundo|minuto)\b`,
    r`\b(?:dejeme|dejame|permitame|permiteme) (?:buscar|revisar|verificar|ver|consultar|chequear|mirar|comprobar)\b`,
    r`\bespere (?:un )?(?:momento|minuto|poco)\b`,
    r`\b(?:estoy|sigo) (?:buscando|revisando|verificando|consultando)\b`,
    r`\bvoy a (?:buscar|revisar|verificar|consultar)\b`,
  ],
  // Announcing a look-up; a hold unless the sentence promises to send the result later.
  holdWeak: [
    r`\b(?:ill|i will|im going to|i am going to|going to|gonna|i can) (?:quickly |just |now |first )?(?:check|look|search|find out|take a (?:quick )?look|look into|research|dig|see what i can find|pull up|verify|confirm|look up)\b`,
  ],
  // Telling the patron to take their time is not a hold.
  notHold: [
    r`\b(?:take|taking) (?:your|all the|as much) time\b`,
    r`\bno (?:rush|hurry)\b`,
    r`\bwhenever (?:you(?:re| are)? ready|you can|you like|you get a chance)\b`,
    r`\b(?:tomese|tomate) (?:su|tu) tiempo\b`,
    r`\bsin prisa\b`,
  ],
  transferNotice: [
    r`\b(?:transfer|transferring|transferred) (?:you|u|your (?:chat|session|question)|this (?:chat|session)|the (?:chat|session))\b`,
    r`\b(?:ill|i will|im going to|i am going to|going to|gonna|let me|i can|about to|will be|youll be|you will be|youre being|you are being|being|get you|have you) transfer(?:red|ring)?\b`,
    r`\b(?:connect|connecting|pass|passing|hand|handing|move|moving|put|putting|send|sending) you (?:over |back |through )?(?:to|with)\b`,
    r`\b(?:my |a |another )colleague (?:will|who|is going to|can|should)\b`,
    r`\b(?:another|a different) (?:librarian|staff member|provider|specialist) (?:will|can|is going to)\b`,
    r`\b(?:will|should|ll) be with you (?:shortly|in a moment|momentarily|soon|in just a moment|in a minute|in a second)\b`,
    r`\btransferi\w*\b`,
    r`\b(?:transfer|pass|send|forward|hand|move)(?:ing|ed)? (?:your|this) (?:chat|session) (?:to|over to)\b`,
    r`\b(?:te|le|lo|la) (?:paso con|comunico con)\b`,
  ],

  // ---- questions ----------------------------------------------------------------------------
  // A sentence without "?" that still opens like a question (chat-speak).
  questionOpening: [
    r`^(?:(?:and|also|so|ok|okay|just|quick question|btw|oh|one more thing),? )?(?:do|does|did|is|are|was|were|can|could|would|will|should|has|have|may|shall|am|isnt|arent|dont|doesnt|didnt|cant|couldnt|wouldnt|wont|havent|hasnt) (?:you|u|ya|your|it|that|this|there|they|he|she|we|i|the|a|an|any|anyone|anything|someone|something|my|our|these|those|all)\b`,
    r`^(?:(?:and|also|so|ok|okay|just|btw|oh),? )?(?:what|whats|which|who|whom|whose|where|wheres|when|why|how|hows)(?: (?:is|are|was|were|do|does|did|can|could|would|will|should|kind|type|sort|grade|year|years|class|course|branch|library|format|time|day|topic|subject|part|level|state|county|city|age|size|version|edition|language|about|else|exactly|much|many|long|often|far|old|s))\b`,
    r`^(?:any (?:luck|questions|chance|idea|ideas|other|more)|anything (?:else|more)|need (?:any|help|more|something)|want (?:me|to|more|any)|got (?:it|that|everything))\b`,
    r`^i (?:was |am |m )?wonder(?:ing)? (?:if|whether)\b`,
    r`^(?:que (?:tipo|clase|libro|tema|informacion)|cual|cuales|quien|cuanto|cuanta|cuantos|cuantas|sigue|sigues|como (?:puedo|se))\b`,
  ],
  // Offers and hypotheticals ("would a scan be what you need?") are not completeness questions.
  offerQuestion: [
    r`^(?:(?:ok|okay|great|so|and|then|also|well|alright|perfect),? )*(?:would|could|should|shall|can (?:i|we)|may (?:i|we)|do (?:you|u) want|want me to|how about|what about|would you like)\b`,
  ],
  restatement: [
    r`\bso (?:you|u)(?:re| are)? (?:[a-z]+ )?(?:looking|trying|wanting|hoping|asking|need|needing|want|would like|interested|searching|wondering|after|planning)\b`,
    r`\bjust so (?:i|we) (?:understand|am clear|know|get this right|have this right|make sure)\b`,
    r`\bif (?:i|we) (?:understand|understood|read|have|got) (?:you |this |that |it |your question )?(?:correctly|right)\b`,
    r`\b(?:to|just to|let me|i want to|id like to|i just want to) (?:clarify|make sure i (?:understand|have)|confirm (?:that )?(?:you|i understand))\b`,
    r`\b(?:it )?sounds like (?:you|u)(?:re| are|ll| will| need| want|d)?\b`,
    r`\b(?:you|u)(?:re| are) (?:looking|asking|searching) (?:for|about)\b`,
    r`\bin other words\b`,
    r`\bso (?:the|your) question is\b`,
    r`\b(?:entonces|o sea|es decir),? (?:usted |tu )?(?:busca|necesita|quiere|esta buscando)\b`,
    r`\bsi (?:le |te )?(?:entiendo|entendi) bien\b`,
    r`\bpara (?:aclarar|confirmar)\b`,
  ],
  // Asking whether information ALREADY GIVEN meets the need (applied to question sentences).
  completeness: [
    r`\b(?:does|did|do|has|have|is|was|were)(?:nt)? (?:this|that|it|these|those|the [a-z-]+(?: [a-z-]+){0,3}|your [a-z]+|my (?:answer|suggestion|explanation)) (?:[a-z-]+ ){0,3}?(?:answer|answers|answered|help|helps|helped|work|works|worked|cover|covers|covered|solve|solved|fix|fixed|resolve|resolved|clear (?:things|it|that) up|give (?:you|u)|get (?:you|u)|have what|take care|make sense|meet|look (?:right|good)|sound (?:right|good)|what (?:you|u)|do (?:it|the trick))\b`,
    r`\b(?:is|was|are|were) (?:this|that|it|these|those) (?:(?:information|info|answer|link|site|page|resource|source|article|guide|database|book|list) )?(?:helpful|useful|clear|enough|sufficient|what (?:you|u))\b`,
    r`\b(?:is|was) (?:this|that|it) (?:the (?:kind|type|sort) of (?:thing|info|information) (?:you|u))\b`,
    r`\b(?:did|have|do) (?:you|u) (?:find|get|got|have) (?:what|everything|all|the (?:info|information|answers?)|it|them|that) ?(?:(?:you|u) (?:need|needed|were|wanted|want))?\b`,
    r`\b(?:were|are) (?:you|u) able to (?:find|get|access|open|see|download|locate|use|log in|sign in|do|renew|print|place)\b`,
    r`\b(?:have|did) i answer(?:ed)? (?:your|the|all)\b`,
    r`^(?:that |does that |does this )?makes? sense\b`,
    r`\b(?:helpful|useful)\?`,
    r`\bhow does (?:that|this|it) (?:look|sound)\b`,
    r`\b(?:le|te) (?:fue|ha sido|resulto) util\b`,
    r`\bes (?:esto |eso )?util\b`,
    r`\blet (?:me|us) know (?:if|whether) (?:this|that|it|these|those|the [a-z]+) (?:helps|helped|answers|answered|works|worked|is what|was what|covers|gives you|has what)\b`,
    r`\b(?:le|te|les) (?:sirve|sirvio|ayuda|ayudo|funciona|funciono)\b`,
    r`\b(?:esto|eso) (?:responde|contesta|resuelve)\b`,
    r`\bes (?:esto |eso )?lo que (?:buscaba|necesitaba|buscabas|necesitabas|busca|necesita)\b`,
    r`\bpudo (?:encontrar|acceder)\b`,
  ],
  anythingElse: [
    r`\banything (?:else|more|further)\b`,
    r`\bsomething else (?:i|we) (?:can|could|may|might)\b`,
    r`\b(?:is there|do you need|need|have|got) something else\b`,
    r`\b(?:any|other|more|further|additional|another) (?:questions?|topics?|things?|issues?|requests?)\b`,
    r`\bwhat else\b`,
    r`\b(?:can|may|could) (?:i|we) help (?:you )?with anything\b`,
    r`\b(?:algo|alguna cosa) mas\b`,
    r`\b(?:otra|alguna otra|otras) (?:pregunta|preguntas|cosa|consulta|consultas)\b`,
    r`\ben que mas\b`,
  ],
  // "Let me know if there's anything else" asks as much as a question does.
  letMeKnow: [r`\b(?:let (?:me|us) know|tell me|just say|avisame|digame|dime) (?:if|whether|when)\b`],
  // The patron says, explicitly, that they are done.
  patronDone: [
    r`\bthats (?:all|everything)\b(?! (?:there|of|you|it takes|the|for the|they|we|i can|i could|we can|this))`,
    r`\b(?:that|this) (?:is|was|will be|would be|ll be|d be|should be) (?:all|everything|it)\b(?! (?:there|of|you|the|they|we|i can))`,
    r`\b(?:no|nope|ok|okay|i think|i guess|then|thanks|thank you|yes|great|perfect|alright)[ ,.!]*thats it\b`,
    r`\bthats it for (?:now|today|me|tonight)\b`,
    r`\b(?:no|not any|dont have any|have no|got no) (?:more|other|further|additional) (?:questions?|help)\b`,
    r`\bnothing (?:else|more|further)\b`,
    r`\b(?:im|i am|were|we are) (?:all )?(?:good|set|done|all set|finished|fine now|ok now|good now|good for now|set for now)\b`,
    r`\ball (?:set|good)\b`,
    r`\b(?:i|we) (?:got|have|found) (?:everything|all|what) (?:i|we) (?:need|needed|wanted|was looking for)\b`,
    r`\bthat (?:covers|answers) (?:it|everything)\b`,
    r`\b(?:dont|do not) need anything (?:else|more)\b`,
    r`\b(?:eso|esto) es todo\b`,
    r`^(?:es todo|nada mas)\b`,
    r`\bno tengo (?:mas|otras) preguntas\b`,
  ],

  // ---- idle and ending -----------------------------------------------------------------------
  // Idle check-in: asks whether the patron is still there (only counted in question sentences).
  stillThere: [
    r`\b(?:are|r) (?:you|u) (?:still )?(?:there|here|with (?:me|us)|around|online|on the line|connected|available|at your (?:computer|device))\b`,
    r`\bstill (?:there|with (?:me|us)|around|online|connected|on the line|here)\b`,
    r`\b(?:you|u|anyone|anybody|somebody|someone) (?:still )?there\b`,
    r`\b(?:have i|did i|did we|have we) lost you\b`,
    r`\b(?:do|did) (?:you|u) still need (?:help|assistance|me)\b`,
    r`\bdo (?:you|u) need (?:more|a little more|some more) time\b`,
    r`^(?:hello|hi|hey)[ .]*\?`,
    r`\b(?:sigue|sigues|esta|estas|continua|continuas) (?:ahi|alli|alla|en linea|conectad[oa]|presente|con nosotros|conmigo)\b`,
    r`\bhay alguien\b`,
  ],
  // The patron seems to have gone ("it looks like you've disconnected").
  seemGone: [
    r`\b(?:looks|seems|appears|sounds)(?: like| as if| as though| that)? (?:you|we|the (?:chat|connection|session)|your (?:connection|chat|session))(?:ve| have| has| may have| might have| must have| got| were| are)? ?(?:been |gotten |got |just )?(?:disconnected|dropped|lost|left|gone|stepped away|logged off|timed out|idle|inactive|away|offline)`,
    r`\b(?:you|we)(?:ve| have)? (?:may |might |must )?(?:have )?(?:been |got |gotten )?(?:disconnected|lost (?:the |our |your )?connection|logged off|timed out|gone idle)\b`,
    r`\b(?:you|we) (?:may|might|must) have (?:left|stepped away|been disconnected|lost)\b`,
    r`\b(?:havent|have not|didnt|did not|dont|do not|not) (?:heard|hear|received|gotten|got|seen) (?:back )?(?:from you|a (?:response|reply)|any (?:response|reply)|anything)\b`,
    r`\bno (?:response|reply|answer) (?:from you|yet|in a while|for a while)\b`,
    r`\bnot (?:getting|receiving|seeing) (?:a |any )?(?:response|reply|messages?)\b`,
    r`\blost you\b`,
    r`\b(?:idle|inactive|inactivity)\b`,
    r`\bparece que (?:se )?(?:ha |han )?(?:desconect|perdi|salio|ido)`,
    r`\bno (?:he )?(?:recibido|tenido|obtenido) (?:respuesta|noticias)\b`,
    r`\bse (?:ha )?desconectad[oa]\b`,
  ],
  // The session will end.
  willEnd: [
    r`\b(?:ill|i will|im going to|i am going to|going to|gonna|will|i have to|i need to|i must|im|i am|we will|well|were going to)(?: now| have to| need to| soon| shortly)?(?: go ahead and)? (?:end|close|disconnect|terminate|wrap up|finish|conclude|sign off|log off)(?:ing)? (?:(?:this|the|our|your) )?(?:chat|session|conversation|transcript)\b`,
    r`\b(?:this|the|our|your) (?:chat|session|conversation) (?:will|is going to|may|might|should|is about to|is gonna) (?:soon |shortly |now |automatically )?(?:end|close|time out|disconnect|be (?:ended|closed|disconnected|terminated))\b`,
    r`\b(?:closing|ending|terminating|disconnecting|wrapping up) (?:this|the|our) (?:chat|session|conversation)\b`,
    r`\b(?:ill|i will|im going to|i am going to|going to) (?:now )?(?:disconnect|sign off|log off|close (?:this|it) out)\b`,
    r`\b(?:cerrare|terminare|finalizare) (?:el|este|la|esta) (?:chat|sesion|conversacion)\b`,
    r`\b(?:voy a|vamos a) (?:cerrar|terminar|finalizar) (?:el|este|la|esta) (?:chat|sesion|conversacion)\b`,
    r`\b(?:se )?(?:cerrara|terminara|finalizara) (?:el|este|la|esta) (?:chat|sesion)\b`,
  ],
  thanks: [
    r`\b(?:thank you|thanks|thank u|many thanks|much appreciated|(?:i|we) (?:really )?appreciate|appreciate (?:it|you|your))\b(?! to )`,
    r`\b(?:gracias|merci)\b`,
  ],
  farewell: [
    r`\b(?:good ?bye|bye|bye bye|byebye|farewell|take care|cheers|ciao|adios|chao)\b`,
    r`\bgood ?night\b`,
    r`\bhave (?:a|an) (?:(?:really|very|super|truly) )?(?:good|great|nice|wonderful|lovely|fantastic|happy|safe|pleasant|productive|relaxing|blessed|awesome|excellent|fun|terrific|beautiful|restful|peaceful|good rest of)\b`,
    r`\b(?:good|best of) luck\b`,
    r`\b(?:all the best|best wishes)\b`,
    r`\benjoy (?:the|your|it|that|reading|those|these|this)\b`,
    r`\bhappy (?:reading|studying|researching|writing|hunting|learning|listening|watching|travels|holidays?|birthday|new year|thanksgiving|searching|gardening|cooking|baking|knitting|[a-z]+ing)\b`,
    r`\btalk (?:to you )?(?:soon|later)\b`,
    r`\bsee you\b`,
    r`\buntil next time\b`,
    r`\bbon voyage\b`,
    r`\b(?:hasta (?:luego|pronto|la proxima|manana)|que (?:tenga|tengas|le vaya|te vaya) (?:un |muy )?(?:buen|bien|lindo|excelente)|cuidese|cuidate|feliz (?:dia|tarde|lectura))\b`,
  ],
  inviteBack: [
    r`\b(?:come|check|stop|pop) (?:on )?back\b`,
    r`\b(?:chat|contact|message|ask|write|reach out to|text|call|visit|email|get in touch with|connect with) (?:with )?(?:us|me) (?:again|anytime|any time|later|whenever|in the future|another time|if)\b`,
    r`\b(?:chat|ask|reach out|return|try|log (?:back )?on|get in touch|contact us|message us) (?:again|anytime|any time|whenever you)\b`,
    r`\b(?:again|back) (?:anytime|any time|whenever|soon|later)\b`,
    r`\b(?:feel free|dont hesitate|do not hesitate) to\b`,
    r`\b(?:were|we are|im|i am|the library is|librarians are) (?:always )?(?:here|available) (?:24 ?/ ?7|anytime|any time|if|whenever|to help|for you)\b`,
    r`\bstart (?:a )?new (?:chat|session|one)\b`,
    r`\b(?:log|sign) (?:back )?on (?:again|later)\b`,
    r`\bhope to (?:see|hear from|chat with) you again\b`,
    r`\b(?:vuelva|vuelve|regrese|regresa) (?:pronto|cuando|a (?:contactar|escribir|consultar))`,
    r`\bno (?:dude|dudes) en\b`,
    r`\b(?:escribanos|contactenos|llamenos)\b`,
    r`\bestamos (?:para servirle|a (?:su|tu) (?:orden|disposicion))\b`,
  ],
  // Always a dismissal (seed: never tell a patron their time is up or they reached a limit).
  dismissalHard: [
    r`\b(?:your|the|our) time (?:is|has) (?:up|over|expired|run out|ended)\b`,
    r`\btimes up\b`,
    r`\b(?:were|we are|you are|youre|youve|you have) (?:run |ran )?out of time\b`,
    r`\b(?:limit|maximum|max) (?:of|on) (?:[a-z0-9]+ )?questions\b`,
    r`\b(?:reached|hit|exceeded|used up|used) (?:your|the|my|our) (?:question |questions )?(?:limit|maximum|max|quota|allotment|allowance)\b`,
    r`\btoo many questions\b`,
    r`\b(?:only|just) (?:answer|take|allow|handle|accept|do) (?:up to )?(?:one|two|three|four|five|\d+|a few|a couple of|a limited number of) questions?\b`,
    r`\bquestions? (?:limit|per (?:session|chat|person|patron|customer|visit))\b`,
    r`\basked (?:too many|enough|your limit|more than your)\b`,
    r`\bthats enough questions\b`,
    r`\bused up (?:your|all your|the|all the) time\b`,
    r`\b(?:time limit|(?:1|2|3|4|5|6|7|8|9)[0-9]* minute (?:limit|maximum)|limited to (?:about |around )?(?:[0-9]+|one|two|three|five|ten|fifteen|twenty) (?:minutes|questions)) (?:for|on|per|in) (?:each |every |this |the |one |a |our |your )?(?:chat|chats|session|sessions|patron|patrons|customer|customers|person|question|questions|conversation)\b`,
    r`\b(?:so|that) many questions\b`,
    r`\bdemasiadas preguntas\b`,
    r`\blimite de preguntas\b`,
    r`\b(?:se (?:le |te )?(?:acabo|termino) el tiempo|su tiempo (?:se )?(?:acabo|termino))\b`,
  ],
  // Ending the help for the provider's convenience: a dismissal unless a way back is offered.
  dismissalConvenience: [
    r`\b(?:my|the) shift (?:is )?(?:ending|over|done|ends|finished|up|about to end)\b`,
    r`\b(?:i|ive) (?:have|got|need|must)(?: got)? to (?:go|leave|run|log off|sign off|head out|take off|get going)\b`,
    r`\b(?:im|i am) (?:leaving|logging off|signing off|going home|heading out|off now|done for the day)\b`,
    r`\b(?:please|you need to|you should|you must|you have to) (?:log|sign) off\b`,
    r`\bso (?:i|we) can (?:help|serve|get to) (?:someone|somebody|another|other|the next) ?(?:else|patrons?|people|persons?|customers?|users?|students?|chats?|one)?\b`,
    r`\bi (?:dont|do not) have (?:any )?(?:more )?time\b`,
    r`\b(?:im|i am) (?:too )?busy\b`,
    r`\b(?:have|need|must|got) to (?:close|end|wrap up|finish|stop) (?:this|the|our) (?:chat|session|conversation)\b`,
    r`\b(?:tengo que (?:irme|cerrar)|mi turno (?:termina|se acaba))\b`,
  ],
  othersWaiting: [
    r`\bother (?:patrons|people|customers|users|students|chats|callers|guests)\b`,
    r`\b(?:several|many|lots of|a lot of|a few|some) (?:other )?(?:patrons|people|customers|chats) (?:are )?(?:waiting|in (?:the )?(?:queue|line))\b`,
    r`\b(?:the )?queue is (?:busy|full|long)\b`,
    r`\botros (?:usuarios|clientes) (?:esperando|en espera)\b`,
  ],
  wayBack: [
    r`\b(?:come|check) back\b`,
    r`\b(?:chat|contact us|ask us|ask|reach out|try) again\b`,
    r`\b(?:log|sign) (?:back )?on\b`,
    r`\bstart (?:a )?new (?:chat|session)\b`,
    r`\b(?:anytime|any time|later|tomorrow)\b`,
    r`\b(?:will|can|ll) (?:continue|follow up|get back to you|email you|pick up where)\b`,
    r`\bcolleague\b`,
    r`\btransfer`,
    r`\b(?:someone else|another librarian|a colleague) (?:will|can) (?:help|continue|take over|pick up)\b`,
    r`\bnext (?:librarian|provider|shift)\b`,
    r`\b(?:feel free|dont hesitate) to\b`,
    r`\b(?:vuelva|regrese|escribanos)\b`,
  ],

  // ---- sources ------------------------------------------------------------------------------
  // Resource nouns that name a source (counted in statements that are not hold messages).
  namedResource: [
    r`\b(?:databases?|catalog|online catalog|opac|libguides?|research guides?|subject guides?|guide|encyclopedias?|dictionar(?:y|ies)|atlas|yearbooks?|ebooks?|e books?|call number|isbn|handbook|booklet|textbook|almanac|research portal|digital collections?|special collections|archive|archives|microfilm|finding aids?|pathfinders?|reference books?)\b`,
  ],
  // Well-known research databases and reference sites (apps like Libby are not sources alone).
  knownResource: [
    r`\b(?:cinahl|pubmed|medline ?plus|medline|jstor|proquest|ebsco(?:host)?|academic search (?:premier|complete|ultimate|elite)|worldcat|google scholar|ancestry(?: library)?(?: edition)?|heritage ?quest|familysearch|fold3|newspapers com|newsbank|newspaperarchive|chronicling america|hathitrust|internet archive|gale (?:onefile|virtual reference|courses|in context|academic|power search|legal forms|business)|infotrac|learningexpress|learning express|chilton ?library|chilton|mango languages|pronunciator|britannica(?: school| academic| library)?|world ?book|purdue owl|owl at purdue|consumer reports|value line|morningstar|referenceusa|reference usa|data axle|statista|nexis uni|lexisnexis|westlaw|foundation directory(?: online)?|guidestar|psycinfo|psycarticles|scopus|web of science|sciencedirect|science direct|oxford reference|credo reference|opposing viewpoints|points of view|masterfile|brainfuse|tutor com|linkedin learning|lynda com|khan academy|mergent|business source (?:premier|complete|elite|ultimate)|cq researcher|mla international bibliography|ieee xplore|acm digital library|nolo|auto repair source|small engine repair|job (?:and|&) career accelerator|american community survey|census tables?|data census gov|enciclopedia|catalogo|base de datos|bases de datos)\b`,
  ],
  // A kind of publication: a source when a title in quotes goes with it ("the book 'Elkton Through Time'").
  resourceNoun: [r`\b(?:book|article|novel|report|chapter|journal|magazine|audiobook|dvd|film|documentary)s?\b`],
  // Apps and e-book platforms: a source only together with the steps to use them.
  appName: [
    r`\b(?:libby|overdrive|hoopla|kanopy|cloudlibrary|cloud library|freegal|flipster|libbyapp|sora|axis 360|boundless|rbdigital|comics plus|pressreader|bibliotheca)\b`,
  ],
  webPage: [r`\b(?:website|webpage|web site|site|page|homepage|home page|portal|sitio web|pagina web)\b`],
  // Steps to reach a page: a breadcrumb ("About > Hours") or navigation words.
  webSteps: [
    r`[a-z0-9)] ?> ?[a-z0-9(]`,
    r`\b(?:under|click|select|choose|tap|go to|navigate to|menu|tab|section|link|search (?:for )?(?:the|it|by)|haz clic|seleccione|vaya a)\b`,
    r`"[^"]{2,60}"`,
  ],

  // ---- follow-up ----------------------------------------------------------------------------
  // A promise to send or find more after the chat ("I'll e-mail you", "get back to you").
  followupPromise: [
    r`\b(?:get|getting) back to (?:you|u)\b`,
    r`\bfollow(?:ing)? ?-?up with (?:you|u)\b`,
    r`\b(?:ill|i will|we will|well|someone will|they will|theyll|he will|she will|hell|shell) (?:be|get) in touch\b`,
    r`\b(?:${FUTURE}) (?:[a-z]+ ){0,12}?(?:email|call|phone|text|contact|reach out to|write to|message|reach) (?:it |this |that |them |those |these |something |back )?(?:to |with )?(?:you|u)\b`,
    r`\bhear (?:back )?from (?:me|us|them|someone|a librarian|a staff member|the library|staff)\b`,
    r`\bexpect (?:an? )?(?:email|call|message|reply|response|answer|update) from (?:me|us|them|someone|a librarian)\b`,
    r`\b(?:pass|passing|forward|forwarding|send|sending|refer|referring) (?:your|the|this) (?:question|request|query|inquiry)\b`,
    r`\b(?:ill|i will|we will|well) let (?:you|u) know\b`,
    r`\b(?:le|te) (?:enviare|mandare|escribire|llamare|contactare|respondere|avisare)\b`,
    r`\bme pondre en contacto\b`,
    r`\b(?:se pondra|nos pondremos) en contacto\b`,
    r`\b(?:le|te) (?:voy a|vamos a) (?:enviar|mandar|escribir|llamar|contactar)\b`,
  ],
  // "I'll send you ..." is a follow-up only with a cue that it comes later or by e-mail.
  followupSend: [
    r`\b(?:${FUTURE}) (?:[a-z]+ ){0,8}?(?:send|forward|mail|pass along|deliver) (?:[a-z]+ ){0,4}?(?:to )?(?:you|u|your (?:email|inbox))\b`,
  ],
  followupLater: [
    r`\b(?:email|inbox|mail|later|after (?:our|the|this) (?:chat|session|conversation)|tomorrow|tonight|within|once i|when i|as soon as|what i find|anything i find|whatever i find|more information|next week|asap|shortly)\b`,
  ],
  notPromise: [
    r`\b(?:no need to|dont need to|cant|cannot|can not|wont|will not|unable to|not able to|didnt|did not)\b`,
    r`\b(?:when|once|as soon as) (?:it|they|your (?:hold|book|item|request|order|card|loan)|the (?:book|item|hold|request|loan)) (?:is|are|arrives?|comes? in|becomes?|gets?)\b`,
    r`\bautomatic(?:ally)?\b`,
    r`\bnotif`,
  ],
  // When the information will come ("by tomorrow", "within 72 hours", "by Friday").
  whenExpect: [
    r`\bby (?:tomorrow|tonight|today|the end of (?:the |this |next )?(?:day|week|month)|end of (?:the )?(?:day|week)|eod|noon|midnight|${DAYS}|(?:this|tomorrow|${DAYS}) (?:morning|afternoon|evening|night)|\d{1,2}(?::\d\d)? ?(?:am|pm)|${MONTHS} \d{1,2}|\d{1,2}/\d{1,2}|next week)\b`,
    r`\bwithin (?:the next )?${NUMW} (?:business |working )?(?:hours?|hrs?|days?|weeks?)\b`,
    r`\b(?:in|over) the next (?:\d+|one|two|three|few|couple(?: of)?) (?:business )?(?:hours?|days?|weeks?)\b`,
    r`\bin (?:a|one|two|three|\d+|a few|a couple(?: of)?) (?:business |working )?(?:hours?|days?|weeks?)\b`,
    r`\b(?:in|within) (?:1|2|3|4|5|6|7|8|9)[0-9]* ?(?:-|to|or) ?[0-9]+ (?:business |working )?(?:hours?|days?|weeks?)\b`,
    r`\b(?:tomorrow|today|tonight|this (?:afternoon|evening|morning|week)|next (?:week|${DAYS})|later today|end of (?:the )?(?:day|week)|on ${DAYS}|${DAYS})\b`,
    r`\b(?:1|2|3|4|5|6|7|8|9)[0-9]* (?:hours?|hrs|business days?|days?)\b`,
    r`\b(?:manana|hoy|esta (?:tarde|semana|noche)|la (?:proxima|siguiente) semana|dentro de \d+ (?:horas|dias)|en (?:las proximas )?\d+ (?:horas|dias)|el (?:lunes|martes|miercoles|jueves|viernes))\b`,
  ],
  deliveryVerb: [
    r`\b(?:send|sent|email|call|contact|hear|get back|reach|expect|receive|follow|mail|text|deliver|arrive|respond|reply|answer|inbox|look for|watch|have (?:it|them|this|that|something|the|a)|get (?:it|them|this|that|something|the|you)|enviar|enviare|llamar|llamare|escribir|recibira|contactar)\b`,
  ],
  // A contact detail in a provider message that is the patron's own (repeated back).
  patronContactContext: [
    r`\byour (?:email|address|phone|number|cell|contact|mobile)\b`,
    r`\b(?:i have|ive got|i got|we have|on file|confirm|is that|correct|right\?|reach you|call you|email you|text you|contact you|send (?:it |them |this |that )?(?:to )?(?:you|u))\b`,
  ],

  // ---- referral -----------------------------------------------------------------------------
  // The patron is the one to act ("you can call", "I'd suggest contacting", "it's worth asking").
  referralActor: [
    r`\b(?:you|u) (?:can|could|should|may|might|will|would|need to|want to|have to|must|may want to|might want to|might try|can try|could try|can also|could also|should also)\b`,
    r`\b(?:youd|youll|youre going to) (?:like to|want to|need to|have to|be able to|probably want to|need)\b`,
    r`\b(?:i|we|id|wed|i would|we would)(?: strongly| really| definitely)? (?:recommend|suggest|encourage|advise|urge)\b`,
    r`\b(?:try|consider|recommend|suggest)(?:ing)? (?:contacting|calling|emailing|visiting|asking|reaching|writing|speaking|talking|checking|getting in touch|phoning)\b`,
    r`\b(?:its|it is|it would be|would be|it might be|it may be) (?:worth|best|a good idea|helpful|wise|easiest)\b`,
    r`\byour best (?:bet|option|source|resource|move)\b`,
    r`\b(?:please|just|definitely|also) (?:contact|call|visit|email|write|ask|reach|get in touch|speak|talk|check with|phone)\b`,
    r`\bif (?:you|u) (?:want|would like|need|wish|prefer)\b`,
    r`\b(?:puede|podria|puedes|podrias|le recomiendo|le sugiero|te recomiendo|te sugiero|recomiendo|sugiero)\b`,
  ],
  // A clause that opens with the contact verb (imperative).
  referralImperative: [
    r`^(?:(?:and|or|also|then|so|next|first|otherwise|alternatively|please|just|definitely|or you can),? )*(?:contact|call|phone|dial|email|write to|visit|stop by|drop by|reach out to|get in touch with|speak (?:with|to)|talk (?:with|to)|ask|check with|consult|inquire|head to|head over to|go to|llame|contacte|visite|escriba)\b`,
  ],
  referralVerb: [
    r`\b(?:request|order|get|obtain|pick up|apply for)(?:ing|s)? (?:a |an |the |your |their |certified )?(?:[a-z]+ )?(?:copy|copies|records?|certificate|forms?|help|advice|assistance|information|appointment|it|them|one) from\b`,
    r`\bapply(?:ing)? (?:in person )?(?:at|through)\b`,
    r`\b(?:make|schedule|book)(?:ing)? an appointment (?:with|at)\b`,
    r`\b(?:contact|contacting|call|calling|phone|phoning|dial|dialing|email|emailing|write to|writing to|text|visit|visiting|stop by|drop by|drop in|go to|head to|head over to|reach out to|reaching out to|reach|get in touch with|getting in touch with|get in contact with|speak (?:with|to)|speaking (?:with|to)|talk (?:with|to)|talking (?:with|to)|ask|asking|check with|checking with|consult|consulting|inquire|inquiring|llamar|contactar|visitar|escribir a|comunicarse con|llame|llama|contacte|contacta|visite|visita|escriba a|escribe a|comuniquese con)\b`,
  ],
  // A person or organisation outside the chat.
  referralParty: [
    r`\b(?:office|offices|center|centre|department|dept|agency|agencies|library|libraries|branch|branches|archives?|court|courts|clerk|council|society|museum|bureau|division|board|commission|administration|association|organization|organisation|clinic|hospital|school|university|college|registrar|desk|staff|librarian|librarians|specialist|specialists|lawyer|attorney|doctor|physician|pharmacist|counselor|counsellor|advisor|adviser|professor|teacher|instructor|expert|experts|hotline|helpline|representative|rep|agent|company|manufacturer|store|landlord|government|mayor|senator|delegate|legislator|consulate|embassy|ministry|dmv|mva|irs|ssa|uscis|fema|hud|usps|comptroller|311|211|them|they|him|her|someone|somebody|people|folks|team|person|program|foundation|institute|firm|bank|utility|police|sheriff|authority|officials?|administrator|coordinator|supervisor|manager|principal|veterinarian|nurse|pharmacy|oficina|agencia|biblioteca|departamento|centro|abogado)\b`,
  ],
  // What follows the verb is a place to look, not a party (a source, not a referral).
  referralNotParty: [
    r`^(?:the |our |your |their |this |that |a |an )?(?:library |librarys |librarys own )?(?:website|site|webpage|page|link|url|database|databases|catalog|app|online|portal|guide|http|www)\b`,
    r`^[^ ]+\.${TLD}\b`,
    r`>`,
  ],
  referralCanHelp: [
    r`\b(?:can|may|could) be (?:reached|contacted|called|emailed|visited)\b`,
    r`\b(?:can|could|will|would|should|may|might)(?: (?:be able to|probably|likely|definitely|also|better|certainly|surely|usually|best))? (?:help|assist|explain|answer|advise|tell you|walk you through|guide you|direct you|point you|clarify|look into|take care of|handle|give you (?:advice|more information|details|guidance))\b`,
  ],
  referralOnesToAsk: [
    r`\b(?:would|will|are|is|d) be (?:the )?(?:best |right )?(?:ones?|people|place|folks|office|person|experts?) to (?:ask|contact|call|check with|talk to|speak (?:to|with)|consult)\b`,
    r`\b(?:best|right) (?:people|person|place|office|ones?|folks) to (?:ask|contact|call|check with|talk to|speak (?:to|with)|consult)\b`,
  ],
  // The provider acting or the chat itself: not a referral.
  referralSelf: [
    r`\b(?:i|we|ill|well|id|im|ive|let me|let us)(?: will| can| could| would| am| have)? (?:be )?(?:\w+ )?(?:contact|call|ask|email|check with|consult|reach out|pass|forward|send|transfer|get in touch)`,
    r`\b(?:ask|contact|chat with|email|call|reach) (?:us|me)\b`,
    r`\btransfer`,
  ],

  // ---- contact details ----------------------------------------------------------------------
  email: [r`(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,5}\.[a-z]{2,12}\b`],
  phone: [
    r`(?<![\d-])(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?!\d)`,
    r`(?<![\d-])\d{3}[-.]\d{4}(?![\d-])`,
    r`\+\d{1,3}(?:[ .-]?\d{2,4}){2,4}\b`,
    r`\b(?:dial|call|text|phone|ring)(?:ing)? (?:\d{3}|\d-\d{3}-\d{3}-\d{4})\b`,
    r`\b1[ -]?8(?:00|88|77|66|55|44|33)[ -][a-z0-9]{3}[ -][a-z0-9]{4}\b`,
  ],
  url: [
    r`\b(?:https?://|www\.)[^\s<>"]+`,
    r`(?<![\w@.-])[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?){0,5}\.${TLD}\b(?![@-])(?:/[^\s<>"]*)?`,
  ],
  address: [
    r`\b\d{1,6} (?:[nsew]\.? |north |south |east |west )?(?:[a-z0-9.-]+ ){0,4}?(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|pike|hwy|highway|pkwy|parkway|terrace|ter|cir|circle|plaza|square|sq)\b`,
    r`\bp\.? ?o\.? box \d+`,
    r`\b(?:md|va|dc|pa|de|nj|ny|wv|nc|ca|tx|fl|il|oh|ga|ma|wa|mi|az|co|mn|wi|tn|mo|in|ct|or|ky|la|al|sc|ok|ut|ia|ks|ar|nv|ms|nm|ne|id|hi|me|nh|ri|mt|sd|nd|ak|vt|wy|maryland|virginia),? \d{5}(?:-\d{4})?\b`,
  ],
  placeholderEmail: [r`[\[<{(] ?(?:redacted |removed |patron |patrons )?(?:email|email address|mail|correo)(?: address)?(?: redacted| removed)? ?[\]>})]`],
  placeholderPhone: [r`[\[<{(] ?(?:redacted |removed |patron |patrons )?(?:phone|phone number|telephone|tel|mobile|cell|number|telefono)(?: number)?(?: redacted| removed)? ?[\]>})]`],
  placeholderAddress: [r`[\[<{(] ?(?:redacted |removed |patron |patrons )?(?:address|street address|postal address|home address|mailing address|direccion)(?: redacted| removed)? ?[\]>})]`],
  placeholderName: [r`[\[<{(] ?(?:redacted |removed |patron |patrons |staff |librarian )?(?:name|first name|last name|full name|nombre)(?: redacted| removed)? ?[\]>})]`],
  placeholderUrl: [r`[\[<{(] ?(?:url|link|website|web address)(?: redacted| removed)? ?[\]>})]`],

  // ---- survey -------------------------------------------------------------------------------
  negativeComment: [
    r`\b(?:rude|unhelpful|useless|waste of (?:my )?time|terrible|awful|horrible|worst|poor|dismissive|condescending|impatient|unprofessional|disrespectful|frustrat\w*|disappoint\w*|annoy\w*|confus\w*|wrong|incorrect|unacceptable|angry|upset|sucks|sucked|grosero|pesimo)\b`,
    r`\bnot (?:very |really |that |at all |too |particularly )?(?:helpful|useful|friendly|polite|nice|good|great|clear)\b`,
    r`\bbad (?:service|experience|answer|help|attitude|librarian)\b`,
    r`\b(?:kicked me out|cut (?:me )?off|hung up|ignored|left me hanging)\b`,
    r`\b(?:didnt|did not|couldnt|could not|wasnt able to|was not able to) (?:help|answer|find|solve|get)\b`,
    r`\bnever (?:answered|responded|got|replied|heard back)\b`,
    r`\bno (?:help|answer|response|reply)\b`,
    r`\b(?:took|takes|taking) (?:forever|too long|a while|a long time|ages|so long)\b`,
    r`\b(?:too|very|so|really) (?:slow|long)\b`,
    r`\bwaited (?:forever|too long|a long time|so long)\b`,
    r`\bmore questions than\b`,
    r`\bnot (?:answered|resolved|solved)\b`,
    r`\bno me (?:ayudo|ayudaron)\b`,
    r`\bmal servicio\b`,
  ],
  // A negation right before a negative word ("not bad", "wasn't slow") cancels it.
  negationBefore: [r`\b(?:not|never|wasnt|isnt|no|nothing|without|hardly|werent|arent|didnt seem)(?: [a-z]+)? $`],
};

export const rubricV1: Rubric = {
  version: '1',
  settings: {
    pickupSeconds: 60,
    silenceSeconds: 120,
    idleCheckSeconds: 120,
    disconnectSeconds: 180,
    followUpHours: 72,
    maxConcurrent: 3,
    flagBelow: 70,
  },
  checks: {
    'approachability.pickup': { weight: 2, critical: false, area: 'Approachability', title: 'Picked up within the standard time' },
    'approachability.greeting': { weight: 1, critical: false, area: 'Approachability', title: 'Greets the patron and says who is answering' },
    'interest.keep_informed': { weight: 2, critical: false, area: 'Interest', title: 'Never leaves the patron waiting without news' },
    'inquiry.clarify': { weight: 2, critical: false, area: 'Listening & Inquiring', title: 'Clarifies the need before giving sources' },
    'info.source': { weight: 2, critical: false, area: 'Finding & Giving Info', title: 'Gives at least one source' },
    'followup.completeness': { weight: 1, critical: false, area: 'Follow-Up', title: 'Asks whether the answer meets the need' },
    'closing.anything_else': { weight: 1, critical: false, area: 'Closing', title: 'Asks whether anything else is needed' },
    'closing.no_dismissal': { weight: 3, critical: true, area: 'Closing', title: 'Does not dismiss the patron' },
    'closing.courteous': { weight: 1, critical: false, area: 'Closing', title: 'Ends courteously' },
    'session.idle_checkin': { weight: 1, critical: false, area: 'Session handling', title: 'Checks whether an idle patron is still there' },
    'session.disconnect_notice': { weight: 1, critical: false, area: 'Session handling', title: 'Tells an idle patron the session will end' },
    'session.concurrency': { weight: 1, critical: false, area: 'Session handling', title: 'Works at most the allowed number of sessions at once' },
    'resolution.code': { weight: 2, critical: false, area: 'Session handling', title: 'Assigns a fitting resolution code' },
    'followup.contact': { weight: 2, critical: true, area: 'Follow-Up', title: 'Confirms contact and says when the follow-up comes' },
    'followup.on_time': { weight: 2, critical: false, area: 'Follow-Up', title: 'Follows up within the deadline' },
    'referral.contact': { weight: 1, critical: false, area: 'Follow-Up', title: 'Gives contact details for every referral' },
    'transfer.handoff': { weight: 1, critical: false, area: 'Session handling', title: 'Explains a transfer to colleague and patron' },
  },
  phrases,
};

// ---- rubric v2: the families widened for styles the devset does not show -------------------------
// (British and other English variants, long-winded and terse providers, Spanish, paraphrases), and
// two families narrowed where they matched ordinary content. v1 above stays as it was.

/**
 * Ways of deriving a version's families from an earlier version's (`base`): v2 from v1, v3 from v2.
 * - `plus`: the same family with more alternatives.
 * - `widen`: words added inside alternative `i` (`text` inserted right after the first `after`),
 *   then more alternatives. Widening an existing group keeps the alternation as cheap to run as it
 *   was; a new top-level alternative costs a little on every message the index lets by.
 * - `swap`: alternative `i` replaced, then more alternatives.
 */
function deriving(base: RubricPhrases) {
  const plus = (f: PhraseFamily, ...more: string[]): readonly string[] => [...base[f], ...more];
  const widen = (f: PhraseFamily, edits: [i: number, after: string, text: string][], ...more: string[]): readonly string[] => {
    const out = [...base[f]];
    for (const [i, after, text] of edits) {
      const src = out[i];
      const at = src === undefined ? -1 : src.indexOf(after);
      if (src === undefined || at < 0) throw new Error(`${f}[${i}] has no ${after}`);
      out[i] = src.slice(0, at + after.length) + text + src.slice(at + after.length);
    }
    return [...out, ...more];
  };
  const swap = (f: PhraseFamily, i: number, by: string, ...more: string[]): readonly string[] => [...replaced(i, by, base[f]), ...more];
  return { plus, widen, swap };
}
/**
 * `src` with the text `from` replaced by `to`, literally (no `$` patterns); throws when `from` is not there, so that a
 * narrowing written against another block's text cannot silently do nothing (v23's blocks).
 */
export const retext = (src: string, from: string, to: string): string => {
  const at = src.indexOf(from);
  if (at < 0) throw new Error(`no ${from}`);
  return src.slice(0, at) + to + src.slice(at + from.length);
};
/** `list` with alternative `i` replaced (also for a family already widened). */
const replaced = (i: number, by: string, list: readonly string[]): readonly string[] => {
  if (list[i] === undefined) throw new Error(`no alternative ${i}`);
  return list.map((x, j) => (j === i ? by : x));
};
const { plus, widen, swap } = deriving(phrases);
// Spoken of the patron going quiet.
const SILENT = r`(?:disconnected|left|gone|dropped off|stepped away|logged off|timed out|lost (?:the |your )?connection|been away|gone (?:quiet|silent|away|idle))`;
const LOOKUP = r`(?:look|dig|search|browse|peek|rummage|hunt|scan)`;
const SOON_ES = r`(?:manana|luego|despues|mas tarde|en cuanto|cuando|por correo|al correo|esta tarde|esta semana|la proxima semana|en (?:unos|unas|\d+) (?:horas|dias))`;

const phrasesV2: RubricPhrases = {
  ...phrases,
  greeting: plus(
    'greeting',
    // "Morning!", "Evening all," as the opening word; "g'day"; Spanish "buenas"
    r`^(?:morning|afternoon|evening)(?: all| there| everyone)?[!,.]`,
    r`\b(?:gday|buenas)\b`,
  ),
  selfRole: widen('selfRole', [[0, r`\b(?:`, r`duty librarian|librarian on duty|subject librarian|local studies (?:team|librarian|department)|(?:inquiry|inquiries|front|information) (?:desk|department|team)|reference department|`]]),
  hold: widen(
    'hold',
    [
      // "bare with me" (a common misspelling), "just a tick", "in a jiffy"
      [11, r`\b(?:`, r`bare with me|bear with us|just a tick|one tick|in a tick|in a jiffy|stay on (?:the )?(?:chat|line)|stay with (?:me|us)|stay connected|`],
      [22, r`(?:buscando|`, r`checando|chequeando|mirando|investigando|`],
    ],
    // "I'm just having a look", "still having a dig"
    r`\bhaving a (?:quick |little |proper |good |closer )?${LOOKUP}\b`,
    r`\bgive (?:me|us) a (?:few|couple)[.!]*$`,
    r`\b(?:ahorita|ahora) (?:lo |la |le |te )?(?:busco|reviso|verifico|consulto|checo)\b`,
  ),
  holdWeak: plus(
    'holdWeak',
    // "I'll have a look", "let me have a dig", "I shall look into it"
    r`\b(?:have|take)(?<=\b(?:ill|i will|i shall|well|we will|we shall|going to|i can|let me|let us|while i)(?: just| quickly| now| first| go and)? (?:have|take)) a (?:quick |little |proper |good |closer )?${LOOKUP}\b`,
    r`\bshall (?:just |now |quickly )?(?:check|look|search|look into|find out|research|see)\b`,
  ),
  questionOpening: swap(
    'questionOpening',
    0,
    // as v1, but "Have a look at...", "Have a great day", "Do a search for..." are not questions
    r`^(?!(?:(?:and|also|so|ok|okay|just|quick question|btw|oh|one more thing),? )?(?:have|do) (?:a|an)\b)(?:(?:and|also|so|ok|okay|just|quick question|btw|oh|one more thing),? )?(?:do|does|did|is|are|was|were|can|could|would|will|should|has|have|may|shall|am|isnt|arent|dont|doesnt|didnt|cant|couldnt|wouldnt|wont|havent|hasnt) (?:you|u|ya|your|it|that|this|there|they|he|she|we|i|the|a|an|any|anyone|anything|someone|something|my|our|these|those|all)\b`,
    // "whats the due date", "wheres it for": a contraction of a question word opens a question
    r`^(?:(?:and|also|so|ok|okay|just|btw|oh),? )?(?:whats|wheres|whens|whos|whys)\b`,
    // "just checking you're still there", "checking in to see if..."
    r`^(?:(?:hi|hello|hey|ok|okay),? )?(?:just )?checking (?:in )?(?:to see )?(?:if|whether|that (?:you|u)|(?:you|u|your|youre) (?:are |re )?still)\b`,
  ),
  restatement: widen(
    'restatement',
    [[0, r`\bso (?:you|u`, r`|your`]],
    // Requests for more about the need, phrased as statements, count as a clarifying question does.
    // (Here rather than in questionOpening: that family is tried on every sentence of every message
    // that has its words, this one only on the provider's messages that clarify is asked about.)
    // "Tell me a bit more about...", "Let me know which edition you need"
    // (no "^": an anchored alternative is tried again on every sentence when the message fails)
    r`\b(?:tell me|let me know) (?:a (?:bit|little) |some )?(?:more|which|who|whom|where|why|how(?! (?:it|that|this|things|everything) (?:goes|went|works|worked))|what (?:kind|type|sort|format|grade|year|edition|topic|subject|class|course|level|state|county|city|branch|language|(?:you|u)(?:re| are) (?:looking|hoping|trying|working|researching|after)|(?:you|u) (?:need|want|mean|have in mind)))\b`,
    // "I'd like to know which book...", "I need to know what county you live in"
    // (the verb first and the subject in a lookbehind: "\b(?:i|we)" is tried at every "i" and "we")
    r`\b(?:need|like|love|want)(?<=\b(?:i|we)(?:d|ll| would| will)? [a-z]+) to know (?:a (?:bit|little) )?(?:more|what|which|who|whom|where|when|why|how|if|whether)\b`,
    // "Please specify the year", "I'm not sure what you mean by the form"
    r`\b(?:clarify|specify|describe)\b(?<=\b(?:please|(?:can|could|would) (?:you|u)) [a-z]+)`,
    r`\bnot (?:sure\b|clear\b|certain\b)(?<=\b(?:im|i am|i was|im just) not [a-z]+) (?:what|which|whether|if|who|where|when) (?:you|u|your)\b`,
  ),
  completeness: widen(
    'completeness',
    [
      // "let me know whether these materials meet your needs"
      [11, r`(?:this|that|it|these|those|the [a-z]+)`, r`(?: [a-z]+)?`],
      [11, r`(?:helps|`, r`help|answer|work|cover|meets?|met|suits?|are what|(?:is|are|was|were) (?:helpful|useful|enough|sufficient)|gets (?:you|u)|got (?:you|u)|does the trick|did the trick|works out|worked out|sorts (?:it|that|things) out|`],
      // "Do any of those sound good?", "Does either of these work?"
      [0, r`(?:nt)? (?:`, r`any of (?:these|those|them|the [a-z]+)|either of (?:these|those|them|the [a-z]+)|`],
      [15, r`\b`, r`(?:pudiste|pudieron|logro|lograste|`],
      [15, r`pudo`, r`)`],
      [15, r`(?:encontrar|acceder`, r`|abrir|entrar|ver|descargar`],
    ],
    r`\b(?:did|have) (?:you|u) (?:manage|managed) to (?:find|get|access|open|see|download|locate|use|log in|sign in|do|renew|print|place|view|read|reach|follow|get in|make it work)\b`,
    r`^(?:(?:so|and|ok|okay|well),? )?any luck\b`,
    // "Let me know if you get in", "let me know once you've found it": whether the steps given worked
    r`\blet (?:me|us) know (?:if|whether|once|when) (?:you|u)(?:ve| have)? (?:can |could |are able to |were able to |manage to |managed to )?(?:get in|got in|get on|got on|log in|logged in|sign in|signed in|get access|got access|access it|find it|found it|see it|open it|opened it|get it to work|got it to work|get it working|got it working)\b`,
    r`\b(?:is|was) (?:that|this|it) any good\b`,
    r`\b(?:encontro|encontraste|encontraron) lo que (?:buscaba|necesitaba|buscabas|necesitabas)\b`,
  ),
  anythingElse: widen(
    'anythingElse',
    [
      [0, r`\bany`, r` ?`],
      [1, r`\bsomething `, r`(?:more|`],
      [1, r`(?:more|else`, r`)`],
      [2, r`(?:is there|`, r`was there|`],
      [2, r`something `, r`(?:more|`],
      [2, r`(?:more|else`, r`)`],
    ],
    // asked as a question (anythingElseAt): "Is that everything for today?"
    r`\b(?:is|was|will) (?:that|this) (?:be )?everything(?: for (?:now|today|tonight|this evening|this afternoon|you))?[?!. ]*$`,
    r`\b(?:is|was|will) (?:that|this) (?:be )?all for (?:now|today|tonight)\b`,
  ),
  // "If there's anything else, just let me know": the same request in the other order.
  letMeKnow: plus(
    'letMeKnow',
    r`\b(?:let (?:me|us) know|give (?:me|us) a shout|just ask|just say)[.!]*$`,
  ),
  stillThere: widen(
    'stillThere',
    [
      [1, r`\bstill (?:`, r`on the chat|need (?:help|assistance|me|more help|a hand)|`],
      [2, r`\b(?:you|u|`, r`your|youre|`],
      [3, r`\b(?:have i|did i|did we|have we`, r`|could i|might i`],
      [3, r`) `, r`(?:lose|`],
      [3, r`(?:lose|lost`, r`)`],
      [3, r`(?:lose|lost) `, r`(?:u|`],
      [3, r`(?:u|you`, r`)`],
      [6, r`^(?:hello|hi|hey`, r`|hola|hallo|hiya`],
    ],
    r`\b(?:everything|all) (?:ok|okay|alright|all right|good) (?:on|at) your end\b`,
  ),
  seemGone: plus(
    'seemGone',
    r`\b(?:you|u) (?:seem|appear) to (?:have )?(?:been |be )?(?:${SILENT}|away|gone)\b(?! out)`,
    r`\b(?:youve|you have|you) (?:been away|gone (?:quiet|silent|away|idle))\b`,
    r`\b(?:been|had|got|gotten|received) no (?:response|reply|activity)\b`,
    r`^(?:(?:since|as|because) )?no (?:response|reply)\b`,
    r`\b(?:havent|have not|hasnt|has not|didnt|did not) (?:had|got|gotten|received|seen) (?:a |any )?(?:response|reply|message)s?\b(?! from (?!you\b|u\b))`,
  ),
  willEnd: plus(
    'willEnd',
    r`\b(?:ill|i will|im going to|i am going to|going to|will|well|we will|i shall|we shall) (?:now |soon |shortly )?be (?:closing|ending|disconnecting|terminating|wrapping up) (?:(?:this|the|our|your) )?(?:chat|session|conversation)\b`,
  ),
  farewell: widen('farewell', [
    [0, r`\b(?:good ?bye|`, r`saludos|un saludo|take it easy|`],
    [11, r`(?:un |`, r`una |`],
    [11, r`(?:buen|`, r`buena|linda|bonito|bonita|feliz|`],
  ]),
  dismissalHard: widen('dismissalHard', [
    [2, r`\b(?:were|we are|`, r`weve|we have|ive|i have|`],
    [2, r`(?:run |ran `, r`|running `],
    [3, r`\b(?:limit|maximum|max`, r`|quota|allowance|allotment`],
    [3, r`(?:of|on`, r`|for`],
    [4, r`(?:reached|hit|exceeded|used up|used`, r`|had|have had`],
    [15, r`\b(?:`, r`se (?:le |te )?(?:acabo|termino) (?:su|tu) tiempo|`],
  ]),
  dismissalConvenience: widen(
    'dismissalConvenience',
    [[0, r`(?:ending|`, r`finishes|finishing|is finishing|about to finish|`]],
    r`\b(?:im|i am|i will be|ill be|i have to go|i need to go|i must go) (?:going |now |about to go )?off (?:shift|duty)\b`,
  ),
  // Other patrons WAITING: v1's bare "other people" also matched "what other people thought".
  othersWaiting: [
    r`\bother (?:patrons|people|customers|users|students|chats|callers|guests|visitors) (?:who are |that are |are )?(?:waiting|queuing|queueing|in (?:the )?(?:queue|line)|to (?:help|assist|attend to|serve|get to))\b`,
    r`\b(?:help|assist|serve|get to|attend to|see to) (?:the )?other (?:patrons|people|customers|users|students|chats|callers|guests|visitors)\b`,
    r`\b(?:several|many|lots of|a lot of|a few|some) (?:other )?(?:patrons|people|customers|chats|users|students|callers|visitors) (?:who are |that are |are )?(?:waiting|queuing|queueing|in (?:the )?(?:queue|line))\b`,
    r`\b(?:the )?queue is (?:busy|full|long|building)\b`,
    r`\botros (?:usuarios|clientes) (?:esperando|en espera)\b`,
  ],
  wayBack: widen('wayBack', [[0, r`(?:come|check`, r`|pop|drop|hop`]], r`\breturn (?:later|tomorrow|another time|anytime)\b`),
  namedResource: widen('namedResource', [[0, r`|microfilm`, r`|microfiche`]]),
  knownResource: widen('knownResource', [
    // (each name ends in "\b": a name that may continue is indexed by its first four letters,
    // and "mome", "book" or "univ" would let the family run on most messages)
    [0, r`\b(?:`, r`novelist (?:plus|k ?8|select)\b|explora\b|literature resource center\b|biography in context\b|sanborn\b|culturegrams\b|bookflix\b|tumblebooks?\b|pebblego\b|rosetta stone\b|transparent language\b|universal class\b|creativebug\b|mometrix\b|peterson s\b|historical newspapers\b|`],
  ]),
  followupPromise: replaced(
    6,
    // the provider passing the question on: "I've passed your question to...", "let me forward your
    // request", "passing your question to our genealogy team"; not advice ("you can send your
    // question to askus@...")
    // (the words first and the subject in a lookbehind at the end: a lookbehind at the start is
    // tried at every position; no "^" for the sentence start: an anchored alternative is tried on
    // every sentence)
    r`\b(?:pass(?:ing|ed)?|forward(?:ing|ed)?|send(?:ing)?|sent|refer(?:ring|red)?) (?:on )?(?:your|the|this) (?:question|request|query|inquiry)\b(?<=(?:\b(?:i|we)(?:ll| will| have|ve| am|m| are|re| can| could| shall)?(?: just| already| now| be| going to| gonna)? |\blet (?:me|us) |(?<![a-z0-9] ))\b[a-z]+ (?:on )?(?:your|the|this) [a-z]+)`,
    widen(
    'followupPromise',
    [
      [0, r`(?:get|getting`, r`|come|coming`],
      // "I'll follow up by email": said by the provider of themselves, not advice to the patron
      [1, r`up `, r`(?:(?<=\b(?:ill|i will|we will|well|i shall|we shall|i can|we can|let me|let us|happy to|glad to)(?: [a-z]+)? follow(?:ing)? ?-?up )(?:by|via) (?:email|phone|mail|post|text)|`],
      [1, r`with (?:you|u)`, r`)`],
      [2, r`\b(?:ill|i will|we will|well|someone will|they will|theyll|he will|she will|hell|shell`, r`|will|shall`],
      [2, r`(?:be|get) in `, r`(?:contact|`],
      [2, r`(?:contact|touch`, r`)`],
      [3, r`(?:email|call|phone|`, r`ring|post|`],
      // "you'll hear from our genealogy librarian"
      [4, r`from (?:`, r`(?:our|the|a|an|your|one of our) (?:[a-z]+ ){0,2}?(?:librarian|librarians|staff|colleague|colleagues|team|department|specialist|archivist|branch)|`],
      // "you should receive a scan from our local history librarian"
      [5, r`\b`, r`(?:receive\b(?<=\b(?:youll|you will|you should|you may|you might|you can|will|should) (?:also )?receive)|be (?:getting|receiving)|`],
      [5, r`expect`, r`)`],
      [5, r`(?:email|`, r`scan|scans|copy|copies|link|links|note|`],
      [5, r`(?:me|us|them|someone|a librarian`, r`|(?:our|the|a|one of our) (?:[a-z]+ ){0,2}?(?:librarian|staff|team|colleague|department)`],
      // "I'll let you know" promises something after the chat only with a cue that it comes later
      // ("Let me check and I'll let you know what I find" is said of the chat itself)
      [7, r`let (?:you|u) know\b`, r`(?=.*?\b(?:email|mail|by (?:phone|text|post)|call|ring|later|tomorrow|tonight|next week|within|after (?:our|the|this) (?:chat|session|conversation)|(?:when|once|as soon as) (?:i|we|they|someone) (?:hear|get|receive|have|find out)|by (?:the end|${DAYS}))\b)`],
    ],
    r`\b(?:drop|shoot|fire|flick|ping|give) (?:you|u) (?:an? |a quick |a short )(?:email|line|note|message|text|call|ring|buzz)\b`,
    r`\b(?:le|te|les) (?:escribo|envio|mando|llamo|aviso|contacto|respondo) (?:[a-z]+ ){0,5}?${SOON_ES}\b`,
  )),
  followupSend: widen('followupSend', [
    [0, r`(?:send|forward|mail|`, r`post|`],
    // "I'll send the scans over tomorrow", "I'll pass those along by email"
    [0, r`(?:to )?(?:you|u|`, r`over|along|your way|`],
  ]),
  // "get back to you in a moment" is said of the chat itself
  notPromise: plus(
    'notPromise',
    r`\bback to (?:you|u) (?:in (?:just )?a (?:moment|minute|second|bit|tick|jiffy)|momentarily|right away)\b`,
    // a copy of the chat itself is not more information ("we will email you a copy of this transcript")
    r`\b(?:(?:chat|session|conversation) transcript|transcript of (?:this|the|our) (?:chat|session|conversation)|copy of (?:this|the|our|your) (?:chat|session|conversation|transcript))\b`,
  ),
  whenExpect: plus(
    'whenExpect',
    r`\b(?:within|in|over) (?:a|one|two|the next) fortnights?\b`,
    r`\b(?:by|before|over|at) the (?:end of the )?weekend\b`,
    r`\b(?:in|within|over) the next (?:day|hour|week) or (?:two|so)\b`,
    r`\bby (?:\d{1,2} ?(?:oclock|o clock)|close of business|cob|end of play|lunch ?time|midday)\b`,
    r`\ben (?:\d+|dos|tres) (?:o|a|-) (?:\d+|tres|cuatro|cinco) (?:horas|dias)\b`,
  ),
  deliveryVerb: widen('deliveryVerb', [[0, r`\b(?:send|`, r`ring|post|be in touch|`]]),
  referralVerb: widen('referralVerb', [
    [3, r`\b(?:contact|`, r`(?:request\b|requests\b|letter\b|letters\b|application\b|applications\b)(?<=\b(?:send|sending|submit|submitting|mail|mailing) (?:your |a |an |the |this |that )?(?:written |records? )?[a-z]+) to|ring|ringing|ring up|phone up|pop into|pop in to|pop along to|pop down to|pop over to|drop into|go along to|call into|call in at|hable con|habla con|hablar con|acuda a|acudir a|dirijase a|preguntar a|pregunte a|pregunta a|`],
  ]),
  referralParty: widen('referralParty', [
    [0, r`\b(?:office|`, r`gp|surgery|solicitor|solicitors|councillor|mp|citizens advice|consulado|ayuntamiento|alcaldia|municipio|registro|escuela|colegio|universidad|clinica|juzgado|tribunal|bibliotecari[oa]s?|profesora?|maestr[oa]|medico|`],
  ]),
  phone: plus(
    'phone',
    // UK and other national formats with a trunk 0: "020 7946 0000", "0161 496 0000", "01632 960123"
    r`(?<![\d./-])0\d{2,4}[ -]\d{3,4}[ -]?\d{3,4}(?![\d/-])`,
  ),
};

export const rubricV2: Rubric = { ...rubricV1, version: '2', phrases: phrasesV2 };

// ---- rubric v3: v2 with the families widened for more styles of real services ------------------
// (a third round of whole-session cases: test/*-styles.test.ts). v2 above stays as it was.

const v3 = deriving(phrasesV2);
// Opening words of a sentence that only lead into the question ("So, that help?", "OK, all set?").
const LEAD3 = r`(?:(?:so|and|ok|okay|well|great|alright|perfect),? )?`;

// A person or organisation the patron is pointed to without a contact verb ("your best bet is the
// registrar's office", "I'd ask your pharmacist"); a website, catalog or database after it is a source.
const PARTY_V3 = r`(?:office|offices|clerk|clerks|registrar|registrars|department|dept|agency|court|library|branch|desk|center|centre|bureau|museum|archives|society|association|school|college|university|clinic|hospital|pharmacy|librarians?|specialists?|staff|folks|people|counsell?ors?|lawyers?|attorneys?|doctors?|pharmacists?|nurses?|teachers?|curators?|historians?|genealogists?|board|commission|division|hotline|helpline)\b(?! (?:websites?|web sites?|sites?|pages?|webpages?|homepage|catalogs?|catalogue|databases?|apps?|portals?|guides?|online|edition|collections?|cards?|accounts?|newsletter|blog|ebooks?|books?|hours)\b)`;

const phrasesV3: RubricPhrases = {
  ...phrasesV2,
  greeting: v3.swap(
    'greeting',
    0,
    // as v1, with typed-out and mistyped greetings ("helo", "hii", "heyy"), and not a word that opens
    // a quoted title ("\"Hello, Universe\" is on the shelf")
    r`\b(?:hi|hii|hiii|hello|helo|heloo|helloo|hellooo|hey|heyy|heyyy|heya|hiya|howdy|greetings|hallo|hola|bonjour|salut|ola|aloha)\b(?<!"[a-z]+)`,
  ),
  // British telephone style: "you're through to the library enquiry service"
  selfAffiliationLead: v3.widen('selfAffiliationLead', [[0, r`\b(?:`, r`youre through to|you are through to|youve been put through to|`]]),
  selfNameHere: v3.plus(
    'selfNameHere',
    // a name after "my name is", typed in lower case ("hi my name is sam")
    r`\b(?:my name is|my names|me llamo|mi nombre es) (?!(?:not|also|the|a|an|on|in|at|listed|spelled|written|same|different)\b)[a-z]{2,}`,
    // "Sophie speaking" (not "generally speaking")
    r`(?:^|, )(?!(?:generally|strictly|roughly|broadly|technically|practically|legally|historically|relatively|frankly|loosely|public)\b)[a-z]+(?: [a-z]+)? speaking[.!]*$`,
  ),
  hold: replaced(
    11,
    // v2's alternative 11 regrouped (the same phrases in fewer branches), with "sit tight", "hold tight"
    // and "pulling that up now"
    r`\b(?:bear with (?:me|us)|bare with me|(?:just a|one|in a) tick|in a jiffy|stay on (?:the )?(?:chat|line)|stay with (?:me|us)|stay connected|hold (?:on|tight)|(?:hang|sit) tight|hang on|please (?:wait|hold)|wait a (?:moment|minute|second)|stand by|be right back|pulling (?:(?:that|it|this|those|them) up|up (?:the|your|our|that|those|some|a|an)\b))\b`,
    v3.widen(
      'hold',
      [
        // "1 sec" (normalised "1 second"), "just a mo"
        [2, r`\b(?:one|a`, r`|1`],
        [4, r`just a (?:moment|minute|second`, r`|mo\b`],
        [5, r`\b(?:one|just one`, r`|1`],
        // "I'm looking forward to seeing you" is not a look-up
        [12, r`checking|looking`, r`(?! forward)`],
        [19, r`momentito`, r`|segundito|minutito|momentin|segundin`],
      ],
      // "On it!", "ok, I'm on it"
      r`^(?:(?:ok|okay|sure|will do|great|got it|right),? )?(?:im |i am |were )?on it[.! ]*$`,
    ),
  ),
  restatement: v3.widen('restatement', [[2, r`\bif (?:i|we`, r`|ive|weve`]]),
  completeness: v3.widen(
    'completeness',
    [
      // "Has that done the trick?", "Did that sort you out?"
      [0, r`do (?:it|the trick)`, r`|(?:done|did|does) the trick|sort (?:you|u|it|that|things) out|sorted (?:you|u|it|that|things) out|get (?:you|u) sorted`],
      // "Is that the one you needed?"
      [1, r`what (?:you|u)`, r`|the (?:one|ones) (?:you|u)(?: were| are)? (?:needed\b|wanted\b|meant\b|had in mind\b)`],
      // "let me know if the above resolves it"
      [11, r`(?:helps|`, r`resolves|resolved|solves|solved|addresses|addressed|`],
    ],
    // the auxiliary left out, as in chat and SMS: "That help?", "That work for you?", "Sound good?"
    r`^${LEAD3}(?:(?:that|this|it) (?:help|helps|helped|work|works|worked|answer|answers|answered|cover|covers|covered|do it|do the trick|make sense|look (?:good|right|ok)|looks (?:good|right|ok))|(?:(?:that|this|it|does (?:that|this|it)) )?sounds? (?:good|ok|okay|right|alright))\b`,
    // "All set?", "Are you good?", "You all set with that?"
    r`^${LEAD3}(?:(?:(?:are|r) (?:you|u|we) |(?:you|u|we) )?(?:all set\b|all good\b|good to go\b|sorted\b)|(?:are|r) (?:you|u|we) (?:good\b|set\b))(?: with (?:that|this|it|those|these|everything))?(?: now| then| for now)?[?!. ]*$`,
    // "Got what you need?"
    r`^${LEAD3}(?:(?:you|u) )?(?:got|get|find) (?:what|everything|all) (?:you|u) (?:need|needed|wanted|want|were looking for|are looking for|were after)\b`,
    // "Kindly advise whether the above resolves your query" (with letMeKnow)
    r`\b(?:advise|confirm|indicate) (?:if|whether) (?:this|that|it|these|those|the [a-z]+)(?: [a-z]+)? (?:resolves|resolved|solves|solved|addresses|addressed|answers|answered|helps|helped|covers|covered|meets|met|works|worked|suits)\b`,
  ),
  anythingElse: v3.widen(
    'anythingElse',
    // "any further matter", "any other queries"
    [[3, r`(?:questions?|topics?|things?|issues?|requests?`, r`|matters?|quer(?:y|ies)|inquir(?:y|ies)|concerns?`]],
    // "Can I help you with something else?", "Is there more I can help you with?"
    r`\b(?:help|assist) (?:you )?(?:with|find) something (?:else|more)\b`,
    r`\b(?:is|was) there more (?:i|we) (?:can|could|may|might)\b`,
  ),
  // "Kindly advise whether…", "Please confirm if…" ask as "let me know if…" does
  letMeKnow: v3.widen('letMeKnow', [[0, r`\b(?:`, r`(?:kindly|please) (?:advise|confirm|indicate)|`]]),
  // (New words go inside existing alternatives where they can: every top-level alternative is tried
  // at every position of every text its family runs on, and the closing families run often.)
  // "Anybody home?", "Anyone out there?"
  stillThere: v3.plus('stillThere', r`\b(?:anybody|anyone|somebody|someone) (?:still )?(?:home|out there|on the other end)\b`),
  // "I'm not seeing any activity on your end", "It's been quiet on your end"
  seemGone: v3.widen('seemGone', [[5, r`(?:a |any )?(?:`, r`activity|`]], r`\b(?:quiet|silent) (?:on|at|from) (?:your|the other|ur) (?:end|side)\b`),
  // "(I) just wanted to make sure you're still there" asks, like "just checking you're still there"
  questionOpening: v3.widen('questionOpening', [
    [6, r`(?:(?:hi|hello|hey|ok|okay),? )?`, r`(?:i )?`],
    [6, r`(?:just )?`, r`(?:wanted to (?:make sure|check|see)|`],
    [6, r`(?:wanted to (?:make sure|check|see)|checking`, r`)`],
  ]),
  // "I'm going to close out this chat", "closing out the session", "I'll be signing off now"
  willEnd: v3.widen('willEnd', [
    [0, r`(?: go ahead and)? (?:`, r`close out|shut down|`],
    [2, r`\b(?:`, r`closing out|shutting down|`],
    [3, r`(?:now )?(?:`, r`be signing off|be logging off|`],
    [7, r`be (?:`, r`signing off|logging off|`],
  ]),
  // "Stay safe out there!"
  farewell: v3.widen('farewell', [[0, r`\b(?:`, r`stay (?:safe|well|warm|cool|dry|healthy)|`]]),
  // "Our genealogy specialist is going to take over from here", "she'll take over"
  transferNotice: v3.widen('transferNotice', [
    [1, r`\b(?:`, r`shell|hell|theyll|well|`],
    // (not "take it from here": the word index would key this on "take", as in "take your time")
    [1, r`have you) `, r`(?:(?:now )?take over\b|`],
    [1, r`transfer(?:red|ring)?`, r`)`],
  ]),
  // "You have exceeded the time limit"
  dismissalHard: v3.widen('dismissalHard', [
    [2, r`(?:run |ran |running )?`, r`(?:(?:exceeded|gone over) (?:the|your) (?:time|chat|session) limit|`],
    [2, r`out of time`, r`)`],
  ]),
  // Ending the help without a way back, in softer words: "you'll have to figure the rest out
  // yourself", "you're on your own", "that's all I have time for", "I need to wrap this up".
  dismissalConvenience: v3.widen(
    'dismissalConvenience',
    [
      [7, r`got) to `, r`(?:(?:wrap|close) (?:this|things) (?:up|out)|`],
      [7, r`(?:chat|session|conversation)`, r`)`],
    ],
    // (keyed on "yourself", "own" and "thats all": the word index keys an alternative on its rarest word)
    r`\b(?:(?:youll|you will|youll have to|youll need to|you have to|you need to|you must|youre going to have to) (?:figure|work|sort|find) (?:[a-z]+ ){0,3}?out (?:[a-z]+ ){0,2}?yourself\b|(?:youre|you are) on your own\b(?! (?:computer|device|phone|laptop|network|account|card|wifi|time)\b)|thats all (?:(?:i|we) (?:have|had|got) (?:the )?time for|the time (?:i|we) (?:have|had|got))\b)`,
  ),
  // "a line of patrons waiting"
  othersWaiting: v3.widen('othersWaiting', [[2, r`(?:several|many|lots of|a lot of|a few|some`, r`|a line of|a long line of|a queue of|a bunch of|a number of|loads of|plenty of`]]),
  // "The folks at the county clerk would know"; "Our circulation desk can update that for you"
  referralCanHelp: v3.widen('referralCanHelp', [
    [
      1,
      r`(?:help|`,
      r`know\b(?<!\b(?:not sure|unsure|doubt|wonder|wondering|whether|if) (?:[a-z]+ ){1,4}?(?:can|could|will|would|should|may|might) (?:[a-z]+ )?know)|(?:update|fix|sort|reset|waive|unblock|reissue) (?:[a-z]+ ){0,3}?(?:for you|on their end)|`,
    ],
  ]),
  // "Your best bet is the registrar's office"; "Try the Register of Wills office" (not "I'll try the
  // reference desk", the provider asking)
  referralOnesToAsk: v3.plus(
    'referralOnesToAsk',
    r`\b(?:your best (?:bet|option|resource|source|move) (?:is|would be|will be|might be) (?:probably |likely )?(?:the |your |a |an |their )?|try\b(?<!\b(?:ill|i will|i can|i could|i might|let me|we will|well|we can|we could|we might|i|we|to|ill also|i will also) try) (?:the |your |a |an |their |one of the ))(?:[a-z&]+ ){0,4}?${PARTY_V3}`,
  ),
};

export const rubricV3: Rubric = { ...rubricV2, version: '3', phrases: phrasesV3 };

// ---- rubric v4: v3 with the families of a fourth round of whole sessions --------------------------
// (test/fourth-round-*.test.ts, the whole-session file with every check of every session). v3 above
// stays as it was.

const v4 = deriving(phrasesV3);
const DAYS_FULL = r`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
const WANTED4 = r`need|needed|want|wanted|wants|requires?|required|asked for`;
const DAYS_ES = r`(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)`;

const phrasesV4: RubricPhrases = {
  ...phrasesV3,
  // ---- v4: the middle of the chat (sources, clarifying, completeness, holds)
  // "May I put you on hold?", "Bear with!", "Won't be long!", "Running a quick search for you now",
  // "I'm going to need a few minutes to…"; an answer that opens "Searching by subject works…" is not one
  hold: v4.widen(
    'hold',
    [
      [9, r`|digging|researching)\b`, r`(?! (?:by|out|is|was|works|worked|will|can|could|should|helps|requires|takes|means)\b)`],
      [11, r`\b(?:bear with (?:me|us)`, r`|bear with(?=[.!,]| *$)|(?:put|place|putting|placing) you on (?:a )?(?:brief |short |quick |little )?hold|wont be\b(?= (?:too |very )?long\b(?! (?:before|until|till|for)\b))`],
    ],
    // (the rare word first and the subject in a lookbehind after it: "You could try running a search" is advice)
    r`\brunning (?:a|some|a few|a couple of|another) (?:quick |fast |few |couple of )?(?:search|searches|check|checks)\b(?<=(?:^|[.!?,:;-] |\b(?:im|i am|were|we are|just|now|currently|ill be|i will be|ok|okay|sure|am|are) )running [a-z ]+)`,
    r`\bneed (?:a few|a couple(?: of)?|some|a little|a bit of|another|\d+|five|ten) (?:more )?(?:minutes?|moments?)\b(?<=\b(?:i|ill|i will|going to|gonna|i may|i might|we|well|we will)(?: just| probably| might| may)? need [a-z0-9 ]+)`,
  ),
  // "Just to check I've understood: …"; "So you'd like a book on…"
  restatement: v4.widen(
    'restatement',
    [[3, r`(?:clarify|`, r`check (?:that )?(?:i|we|ive|weve) (?:have )?(?:understood\b|understand\b)|`]],
    r`\byoud (?:like|love|prefer|want)\b(?<=\bso youd [a-z]+)`,
  ),
  // (with the whole-session round's edits: "look like something you can use", "the kind of <any
  // noun> you…" for are/were and these/those too, "is that the information you needed?")
  completeness: v4.widen(
    'completeness',
    [
      // "Will that work for your paper?", "Is that giving you enough to work with?", "Did that sort it?"
      [0, r`\b(?:does|did|do|has|have|is|was|were`, r`|will|wont`],
      [0, r`(?:answer|answers|`, r`giving (?:you|u) (?:enough|everything|some|a good|what)\b|sort (?:it|that|you|u)\b|sorted (?:it|that|you|u)\b|`],
      // "Does that look like something you can use?"
      [0, r`look (?:right|good`, r`|like (?:something|what) (?:you|u)`],
      // "Is that the right one?"
      [1, r`(?:helpful|useful|clear|enough|sufficient|`, r`the right (?:one|ones|book|books|form|forms|edition|title|titles|article|articles|record|records|page|version|thing|things|info|information|item|items)\b|`],
      // "Is that the kind of training you had in mind?", "Are those the sort of results you meant?",
      // "Is this the kind of article your professor wants?"
      [2, r`\b(?:is|was`, r`|are|were`],
      [2, r`(?:this|that|it`, r`|these|those`],
      [2, r`of (?:thing|info|information`, r`|[a-z]+`],
      [2, r`(?:you|u`, r`|your`],
      // "Is that of any use?"
      [19, r`(?:that|this|it) `, r`(?:(?:of )?any use\b|`],
      [19, r`any good`, r`)`],
    ],
    // SMS: "that what u were after?"
    r`^${LEAD3}(?:that|this|it) what (?:you|u) (?:needed\b|wanted\b|meant\b|were after\b)`,
    // "How's that looking on your end?", "How's this working out?"
    r`\bhows (?:that|this|it) (?:looking|working)\b`,
    // "Is that the information you needed?", "Are those the kind of sources your teacher wants?"
    // (the verb first, the rest in a lookbehind: the word index keys an alternative on its first
    // rare words, and "the" would let the family run on nearly every message)
    r`\b(?:${WANTED4})\b(?<=\b(?:is|was|are|were) (?:this|that|it|these|those) the (?:(?:kind|type|sort) of )?(?:info|information|answers?|sources?|resources?|results?|articles?|books?|materials?|titles?|options?) (?:you|u|your [a-z]+)(?: were| are)? (?:${WANTED4}))`,
  ),
  // named databases and reference sites not listed before (each ending in \b: see v2's knownResource)
  knownResource: v4.widen('knownResource', [
    [0, r`\b(?:`, r`trove\b(?<!treasure trove)|findmypast\b|heinonline\b|onefile\b(?<=academic onefile)|consumer health complete\b|ibisworld\b|factiva\b|muse\b(?<=project muse)|myheritage\b|films on demand\b|theory test pro\b|cochrane library\b|uptodate\b|`],
  ]),
  // "the Maryland State Archives would have them" names an organisation, not a source
  namedResource: v4.widen('namedResource', [[0, r`|archive|archives`, r`(?<!\b(?:state|national|county|city|municipal|provincial|territorial|diocesan|presidential) archives)`]]),
  // a quoted title with "copies", "edition", Spanish "libro" ("two copies of \"Where the Crawdads Sing\"")
  // (whole words: "libros?" would be keyed on "libr" and run on every "library")
  resourceNoun: v4.plus('resourceNoun', r`\b(?:copies\b|copy of\b|edition\b|editions\b|libro\b|libros\b|revista\b|revistas\b)`),
  // ---- v4: follow-ups, codes, transfers, idle endings
  followupPromise: v4.widen(
    'followupPromise',
    [
      // "I'll reach back out to you"; "check the returns cart & text you"
      [3, r`reach out to|`, r`reach back out to|`],
      [3, r`(?:[a-z`, r`&`],
      // "le enviaremos", "les escribiremos"
      [8, r`\b(?:le|te`, r`|les`],
      [8, r`(?:le|te|les) (?:`, r`enviaremos|mandaremos|escribiremos|llamaremos|contactaremos|responderemos|`],
      // "le escribo a ese correo el jueves"
      [13, r`(?:manana|`, r`el ${DAYS_ES}|este ${DAYS_ES}|`],
    ],
    r`\bcircle back (?:with|to) (?:you|u)\b`,
  ),
  // "I'll send you the reading list on Friday"
  followupLater: v4.widen('followupLater', [[0, r`|next week`, r`|this week|this afternoon|this evening|first thing|${DAYS_FULL}`]]),
  whenExpect: v4.plus(
    'whenExpect',
    // "by the 14th", "by 14 March", "on the 3rd of June" (not "on the 2nd floor")
    r`\b(?:by|on|before|until|till) (?:the )?(?:\d{1,2}(?:st|nd|rd|th)\b(?! (?:floor|level|street|st|avenue|ave|edition|grade|century|row|shelf|stack|volume|page|time|one|of (?!${MONTHS}\b)))|\d{1,2} ${MONTHS}\b)`,
    r`\bfirst thing (?:in the morning|tomorrow|(?:on )?${DAYS_FULL}|next week)\b`,
    r`\bwithin the (?:next )?(?:hour|day|week|fortnight)\b`,
    r`\b(?:en|dentro de) (?:(?:los|las) (?:proximos|proximas|siguientes) )?(?:\d+|dos|tres|cuatro|cinco|un par de|unos|unas|pocos|pocas) (?:horas|dias)\b`,
  ),
  // "The scans will be with you by Wednesday", "you'll have an answer by Monday", "le escribo el jueves"
  deliveryVerb: v4.widen('deliveryVerb', [
    [0, r`have (?:it|them|this|that|something|the|a`, r`|an|your|those|these|what`],
    [0, r`\b(?:send|`, r`be with you|escribo|envio|mando|llamo|enviamos|enviaremos|escribiremos|mandaremos|llamaremos|`],
  ]),
  // "I'm going to route your chat to our business librarian"
  transferNotice: v4.widen('transferNotice', [
    [7, r`\b(?:transfer|`, r`rout|route|`],
    [7, r`(?:your|this`, r`|the`],
  ]),
  // "Did you get disconnected?"
  stillThere: v4.plus('stillThere', r`\b(?:did|have) (?:you|u|we) (?:just )?(?:get |gotten |been |got )?(?:disconnected|cut off|dropped|logged off|timed out)\b`),
  // "Seems we got cut off"; "I haven't heard back, so…" (not "…back from the archivist")
  // (a condition, "if I don't hear from you, I'll close the chat", does not say the patron seems
  // gone: RUBRIC.md's notice tells them they seem to have disconnected)
  seemGone: v4.widen(
    'seemGone',
    [
      [0, r`(?:disconnected|`, r`cut off|`],
      [3, r`\b`, r`(?<!\b(?:if|unless|until|when|once) (?:i|we) )`],
    ],
    r`\b(?<!\b(?:if|unless|until|when|once) (?:i|we) )(?:havent|have not|didnt|did not|still not) heard back\b(?! from (?!you\b|u\b))`,
  ),
  // an e-mail spelled out: "kfarrow at gmail dot com" (contactsIn tests it when the text has " dot ")
  email: v4.plus(
    'email',
    // (not "I looked at ancestry dot com": a site named, not an address)
    r`(?<![a-z0-9._%+-])(?!(?:it|us|me|them|him|her|look|looks|looked|looking|find|found|available|online|here|there|site|website|page|that|this|one|ones|everything|something|anything|store|shop)\b)[a-z0-9][a-z0-9._%+-]{0,63} (?:at|@) [a-z0-9-]{1,63}(?:(?:\.| dot )[a-z0-9-]{1,63}){0,4} dot (?:com|org|net|edu|gov|us|ca|uk|au|nz|ie|mx|es|io|co|info|me)\b`,
  ),
  // a North American number typed without separators, "my cell is 4435550199" (not an ISBN-10 or a card number)
  // (the digit first: a lookbehind at the start would be tried at every position of every text with a digit)
  phone: v4.plus('phone', r`[2-9](?<![\d./+-][2-9])\d{2}[2-9]\d{6}(?!\d|[./-]\d)(?<!(?:isbn|oclc|barcode|card|account|acct|order)[: #]{1,3}(?:number |no |num )?(?:is )?\d{10})`),
  // ---- v4: whole sessions (completeness above; "haven't heard back" is in seemGone above)
  // "We've reached our time limit"; "our chats have a 15-minute limit and we've hit it"
  dismissalHard: v4.widen(
    'dismissalHard',
    [[4, r`(?:question |questions `, r`|time |chat |session `]],
    r`\blimit\b(?<=\b(?:time|minute|chat|session) limit)(?: [a-z]+){0,3}? (?:and )?(?:weve|we have|youve|you have|ive|i have|we|you)(?: already| now| just)? (?:hit|reached|exceeded|passed|gone over|used up)\b`,
  ),
  // "Got it, 301-555-0177": the patron's own number repeated back, not a referral's contact
  patronContactContext: v4.widen('patronContactContext', [[1, r`\b(?:`, r`got it|noted|`]]),
};

// "St. Mary's County Library", "Dr. Ellis", "Mt. Airy", "C. Burr Artz", "Albin O. Kuhn Library": not two
// sentences (v1-v3 cut there, and the tail of the introduction read as content). Single letters but
// "a" and "i", and not the chat-speak letters normalisation rewrites ("u", "w", "q").
const ABBREVIATIONS_V4 = [
  ...'bcdefghjklmnoprstvxyz',
  ...['st', 'mt', 'ft', 'dr', 'mr', 'mrs', 'ms', 'jr', 'sr', 'vs', 'prof', 'rev'],
];

export const rubricV4: Rubric = { ...rubricV3, version: '4', phrases: phrasesV4, abbreviations: ABBREVIATIONS_V4 };

// ---- rubric v5: v4 with the families of a fifth round of sessions ---------------------------------
// (test/fifth-round-*.test.ts). v4 above stays as it was.

const v5 = deriving(phrasesV4);

const phrasesV5: RubricPhrases = {
  ...phrasesV4,
  // ---- v5 (A): the middle of the chat and referrals
  // "Hunting that down for you now", "tracking it down"; "still hunting for the second", "Still on it!";
  // Spanish "Deme unos minutos", "dame un par de minutos"
  hold: v5.widen('hold', [
    [13, r`\bstill (?:`, r`hunting|on it\b(?! [a-z])|at it\b(?! [a-z])|`],
    [15, r`\b(?:searching|checking|looking`, r`|hunting|tracking`],
    [15, r`(?:now|on that|into (?:it|that|this)`, r`|(?:that|it|this|those|them) down`],
    [21, r`\b`, r`(?:deme|dame|denme|`],
    [21, r`espere`, r`)`],
    [21, r`(?:un `, r`|unos |un par de `],
    [21, r`|poco`, r`|minutos|momentos|segundos`],
    // (D) "unless someone has placed a hold on it" is a reservation, not "hold on" (a hold message):
    // the answer read as filler and the session lost its substantive exchange
    [11, r`hold (?:on|tight)`, r`(?<!\b(?:a|the|your|my|any|no|their|his|her|another|new|existing) hold on)`],
  ]),
  // "Let me know the title and author if you have them" asks about the need
  restatement: v5.widen('restatement', [
    [11, r`|some )?(?:`, r`the (?:title|author|name of|year|edition|course|class|grade|due date|deadline|topic|subject|call number|isbn)\b|`],
  ]),
  // "Is that the article you were looking for?", "Is that the book you meant?", "…you're after?";
  // "Is this more what you're after?"; "¿Es esta la información que necesitaba?"; SMS "u good w that?"
  completeness: v5.widen('completeness', [
    [1, r`\b(?:is|was|are|were) (?:this|that|it|these|those) `, r`(?:more |closer to |nearer to |a bit more |any closer to )?`],
    [1, r`|what (?:you|u`, r`|youre`],
    [14, r`(?:esto |eso `, r`|esta |este |esa |ese `],
    [14, r`)?`, r`(?:(?:la|el|los|las) [a-z]+|`],
    [14, r`[a-z]+|lo`, r`)`],
    [22, r`(?:all set\b|all good\b|good to go\b|sorted\b`, r`|good\b(?= with\b)`],
    // (inside alternative 1, which only goes on after "is that": alternative 27's first word runs everywhere)
    [1, r`|the (?:one|ones`, r`|article|articles|book|books|source|sources|info|information|result|results|title|titles|item|items|form|forms|page|database|resource|resources`],
    [1, r`|the (?:one|ones|article|articles|book|books|source|sources|info|information|result|results|title|titles|item|items|form|forms|page|database|resource|resources) (?:you|u`, r`|youre`],
    [1, r`(?:needed\b|wanted\b|meant\b|had in mind\b`, r`|looking for\b|after\b|hoping for\b|searching for\b`],
  ]),
  // named sites and databases: Google Books, Project Gutenberg, (ProQuest) Ebook Central, Access World News
  knownResource: v5.widen('knownResource', [
    [0, r`\b(?:`, r`google books\b|project gutenberg\b|ebook central\b|access world news\b|`],
  ]),
  // more kinds of book a title goes with: "the memoir Lab Girl", "the cookbook …"; and the first words
  // of fiction call numbers ("FIC PAT", "SC KIN", "YA F BRO"), so that Rubric.sourceShapes' callNumber
  // is tried only on the sentences that have them (classify.ts namedSource)
  resourceNoun: v5.widen('resourceNoun', [
    // (each word ends in \b, so that the word index keys it on the whole word: "sc" alone would open
    // the family on every "school", "f" on every "for")
    [0, r`\b(?:book|`, r`memoir\b|memoirs\b|cookbook\b|cookbooks\b|biography\b|biographies\b|anthology\b|fic\b(?= [a-z])|sc\b(?= [a-z]{3}\b)|mys\b(?= [a-z]{3})|(?:ya|j|juv|teen) f\b(?= [a-z]{3})|`],
  ]),
  // "Give the Register of Wills a call", "Send an email to the registrar at…", "Stop in at the Circulation Desk"
  referralVerb: v5.widen('referralVerb', [
    [3, r`\b(?:contact|`, r`give\b(?= (?:[a-z&]+ ){1,6}?a (?:call|ring|buzz|shout)\b)|send (?:an? |them an? )?(?:email|message|note) to|stop in at|stop in to|stop into|swing by|`],
  ]),
  // Spanish "una organización de ayuda legal", "una asociación", "una fundación"; (E) "call HCLS
  // Customer Service at 410-...", "she can call Outreach Services", "the Student Services office"
  referralParty: v5.widen('referralParty', [
    [0, r`\b(?:office|`, r`organizacion|organizaciones|asociacion|fundacion|`],
    // (the noun first and its kind in a lookbehind: a group opening the alternative is tried at every word)
    [0, r`\b(?:office|`, r`services?(?<=\b(?:customer|client|patron|member|student|outreach|access|support|borrower|accessibility|disability|legal|social|protective|veterans|senior|human|technical|tech|youth|family|community) services?)|`],
  ]),

  // ---- v5 (B): follow-ups, transfers, idle patrons and closings
  // a time's delivery: "I'll get those scans to you by Monday", "emailed to you within 3 days"
  // (not as a promise: keyed on "get", followupPromise or followupSend cost 1-3% of all scoring;
  // a follow-up session by its code is recognised, one by this promise alone is not)
  deliveryVerb: v5.widen('deliveryVerb', [
    [0, r`get (?:it|them|this|that|something|the|you`, r`|those|these|your|a|an|some|everything|what|copies`],
    [0, r`\b(?:send|`, r`emailed|texted|mailed|forwarded|`],
  ]),
  // a day word about the provider's situation is no time for the information: "I'm alone on the
  // desk tonight, so I'll email you when I can", "we're short-staffed today, so…"
  // (the lookbehind after the day word: before it, it would be tried at every word of every message)
  whenExpect: v5.swap(
    'whenExpect',
    5,
    phrasesV4.whenExpect[5] + r`(?<!\b(?:alone|busy|swamped|slammed|staffed|understaffed|closed|close|closes|closing|away|solo)(?: [a-z]+){0,3} (?:[a-z]+ )?[a-z]+)`,
  ),
  // "j.doe at gmail.com", "mkhan22 at umd.edu", "rosa at hotmail.com" (an address with " at " and a
  // real dot: a local part with a separator or a digit, or a mail provider's domain; not "$5.99 at
  // amazon.com", "the catalog at hcplonline.org"); contactsIn tests it when the text has " at " and a dot
  // (" at " first and the local part in a lookbehind: tried from every position, an alternative
  // opening on a character class would cost on every text with an "@")
  email: v5.plus(
    'email',
    r` at [a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.(?:com|org|net|edu|gov|us|ca|uk|au|nz|ie|mx|es|io|co|info|me)\b(?<=(?<![a-z0-9._%+-])[a-z](?:[a-z0-9]*[._%+-][a-z0-9._%+-]*[a-z0-9]|[a-z]*\d[a-z0-9]*) at [a-z0-9.-]+)`,
    r` at (?:gmail|yahoo|hotmail|outlook|aol|icloud|comcast|verizon|msn|live|protonmail|proton|ymail|sbcglobal|att|earthlink|cox|charter|mac)\.(?:com|net)\b(?<=(?<![a-z0-9._%+-])(?!(?:it|us|me|them|him|her|look|looks|looked|looking|find|found|available|online|here|there|site|website|page|that|this|one|ones|everything|something|anything|store|shop|is|are|was|be|price|prices|sale|order|buy|bought|cheaper)\b)[a-z][a-z0-9]{0,63} at [a-z.]+)`,
  ),
  // a North American number with its leading 1 and no separators, "14105550123"
  phone: v5.plus('phone', r`1(?<![\d./+-]1)[2-9]\d{2}[2-9]\d{6}(?!\d|[./-]\d)(?<!(?:isbn|oclc|barcode|card|account|acct|order)[: #]{1,3}(?:number |no |num )?(?:is )?\d{11})`),
  // "I'm going to hand you off to…", "pass you on to…"; "she'll take it from here"
  transferNotice: v5.widen('transferNotice', [
    [1, r`(?:(?:now )?`, r`take (?:it|this|things) from here\b|take (?:it|this|you) over\b|`],
    [2, r`(?:over |back |through `, r`|off |along |across |on `],
  ]),
  // "We only allow 10 minutes per chat (and you've used yours)"; "you've asked three questions,
  // that's the maximum (we can help with)"; not "there's no time limit on chats"
  dismissalHard: replaced(
    6,
    r`\b(?:only|just) (?:answer|take|allow|handle|accept|do|give) (?:up to )?(?:one|two|three|four|five|\d+|a few|a couple of|a limited number of) (?:questions?\b|minutes? (?:per|for each|for every|each|a|in a|on a) (?:chat|session|patron|person|question|conversation)s?\b)`,
    v5.widen('dismissalHard', [
      [3, r`allowance|allotment)`, r`(?:\b(?<=\bthats (?:the|our|your) (?:maximum|max|limit))(?:(?<=\bquestions?\b[^.!?]{0,80})|(?= (?:(?:we|i) (?:can|could|are able to|allow|take|answer|do|help)|per (?:chat|session|patron|person|day))\b))|`],
      [3, r`(?:[a-z0-9]+ )?questions\b`, r`)`],
      [11, r`\b(?:time`, r`(?<!\b(?:no|not a|isnt a|without a|without any) time)`],
      // (E) "we cap each chat at two questions and you've reached the cap"
      [4, r`(?:limit|maximum|max|quota`, r`|cap`],
    ]),
  ),
  // "Have you already tried anything else, like Google Scholar?" asks about the search, not for more needs
  anythingElse: v5.widen('anythingElse', [[0, r`\bany ?thing`, r`(?<!\b(?:tried|try|checked|searched|seen|used|read|heard|noticed|mentioned|said|done) any ?thing)`]]),
  // "Is there anything else you're still looking for?" is no hold (the patron is the one looking)
  notHold: v5.plus('notHold', r`\b(?:youre|you are|are you|were you|ur|are u|u|you) still (?:looking|searching|hunting|trying|working|checking|digging)\b`),

  // ---- v5 (D): session structure
  // (hold: D's "a hold on it" is in A's expression above)
  // "I can't find it here, but I will ask our local history librarian and get back to you": the
  // negation before "but" does not take back the promise after it
  notPromise: v5.widen('notPromise', [[0, r`did not)\b`, r`(?![^.!?]*\bbut (?:i|we|ill|well|someone|our|my)\b)`]]),

  // ---- v5 (E): whole sessions
  // "Kay @ Springfield PL here" (SMS): a name, "@" and the library
  selfNameHere: v5.widen('selfNameHere', [[1, r`(?:from|at|with`, r`|@`]]),
  // (referralParty: "Customer Services", "Outreach Services" are in A's expression above)
  // the patron acting for someone else: "or she can call Outreach Services", "he should contact the registrar"
  referralActor: v5.plus('referralActor', r`\b(?:she|he) (?:can|could|should|may|might|will need to|would need to|needs to|has to|will want to)\b`),
  // "That one is best asked of the YMCA directly", "questions like that are better directed to the
  // clerk's office"; Spanish "puede llamarles al 555-...", "le recomiendo contactarlos" (the enclitic is
  // them; not "visitarla", which may be a web page)
  referralOnesToAsk: v5.plus(
    'referralOnesToAsk',
    // (the verb first, "best"/"better" in a lookbehind: keyed on "best", the family ran on many messages)
    r`\b(?:asked of|directed to|addressed to)(?<=\b(?:best|better) (?:asked of|directed to|addressed to)) (?!(?:the |our |your |their |this |that |a |an )?(?:website|site|webpage|page|link|url|catalog|catalogue|database|app|online|portal|guide|form|chat|email|e mail)\b)[a-z]`,
    r`\b(?:llamar|contactar|escribir)(?:les|los|las|le|lo|la)\b(?<=\b(?:puede|puedes|pueden|podria|podrias|podrian|debe|debes|deberia|recomiendo|sugiero) (?:usted )?[a-z]+)`,
  ),
  // a passive delivery to the patron: "It will be delivered to your email as a PDF within 48 hours"
  // (the rare word first and the rest in a lookbehind: an alternative opening on "will" is tried at
  // every word of every message the family runs on)
  followupPromise: v5.plus(
    'followupPromise',
    r`\bdelivered (?:straight |directly )?to your (?:email|inbox|e mail|phone)\b(?<=\b(?:will|ll|should|shall) (?:then )?be delivered (?:straight |directly )?to your [a-z ]{5,6})`,
  ),
};

// (v5 A) More shapes of a named source in the raw text (Rubric.sourceShapes, classify.ts namedSource).
// (No "u" flag, and the rare word first: with \p{Lu} and a leading "\b(?:the|a|…)" the title
// regex cost ~2 µs a message.)
const UPPER = r`A-Z\u00c0-\u00de`;
const LETTER = r`A-Za-z\u00c0-\u024f`;
const TITLE_WORD = r`[${UPPER}][${LETTER}\d'\u2019&:-]*`;
const TITLE_SMALL = r`(?:of|the|a|an|and|in|on|to|for|with|is|are|your|my|our|from|at|\d+)`;
const NOT_TITLE = r`(?!(?:I|I'm|I'll|I've|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Club|Clubs|Kit|Kits|Sale|Drop)\b)`;
// the capitalised word after "the book" is a person, not a title: "the book Maria asked about"
const NOT_TITLE_END = r`(?![${LETTER}\d'\u2019&:-])(?![ \t]+(?:asked|recommended|mentioned|wanted|wants|needs|needed|assigned|suggested|said|told|put|placed|requested|ordered|returned|borrowed|checked|wrote)\b)`;
const SOURCE_SHAPES_V5 = {
  // "the novel The Giver", "the memoir Lab Girl": a capitalised title right after the noun
  title: r`(?:novel|memoir|book|cookbook|biography|audiobook|anthology)(?<=\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir) (?:graphic |picture )?[a-z]+)s?,? (?:called |titled |named )?${NOT_TITLE}${TITLE_WORD}(?:[ \t]+(?:${TITLE_WORD}|${TITLE_SMALL}))*${NOT_TITLE_END}`,
  // "What Color Is Your Parachute, the 2025 edition": a capitalised title before its edition
  // (tried only on sentences with "edition"; the capital first, the lookbehind after it)
  edition: r`[${UPPER}](?<![${LETTER}\d'\u2019][${UPPER}])[${LETTER}\d'\u2019&:-]*(?:[ \t]+(?:${TITLE_WORD}|${TITLE_SMALL})){1,10},?[ \t]+\(?(?:the[ \t]+)?(?:\d{4}|\d{1,2}(?:st|nd|rd|th)|new|newest|latest|revised|updated|current)[ \t]+edition\b`,
  // "FIC PAT", "YA FIC THOMAS", "J FIC Riordan", "SC KIN" (not "the SC DMV"), "YA F BRO", "MYS CHR"
  callNumber: r`\b(?:(?:(?:YA|J|JUV|TEEN|LP|E)[ \t]+)?FIC(?:TION)?[ \t]+[A-Z][A-Za-z'-]+|(?:YA|J|JUV|TEEN)[ \t]+F[ \t]+[A-Z]{3,}|(?<!\b(?:[Tt]he|[Oo]f|[Ii]n|[Tt]o|[Ff]rom|[Aa]nd|[Ss]tate of) )SC[ \t]+(?!DMV|DOT|DHS|DOR|DSS|DHEC|DOE|GOV)[A-Z]{3}|MYS[ \t]+[A-Z]{3,})(?![${LETTER}\d])`,
  // 'click "Place hold"', "tap 'Borrow'", '"Renew" button' (at most three words: 'click on "Where
  // the Crawdads Sing"' still names a book)
  label: r`\b(?:[Cc]lick|[Tt]ap|[Pp]ress|[Ss]elect|[Cc]hoose|[Hh]it|[Pp]ush)(?:[ \t]+on)?(?:[ \t]+the)?[ \t]+["\u201c'\u2018][^"\u201d'\u2019\s]+(?:[ \t][^"\u201d'\u2019\s]+){0,2}["\u201d'\u2019]|["\u201c'\u2018][^"\u201d'\u2019\s]+(?:[ \t][^"\u201d'\u2019\s]+){0,2}["\u201d'\u2019][ \t]+(?:button|tab|link|menu|icon|option)\b`,
};

export const rubricV5: Rubric = {
  ...rubricV4,
  version: '5',
  phrases: phrasesV5,
  sourceShapes: SOURCE_SHAPES_V5,
  spelledAddresses: true,
  afterEndOutside: true,
  contactInPatronName: true,
  offerOrCompleteness: true,
  referralByContact: true,
};

// ---- rubric v6: v5 with the families of a sixth round of sessions ---------------------------------
// (test/sixth-round-*.test.ts). v5 above stays as it was.

const v6 = deriving(phrasesV5);
// (v6 C) words after "that's all" that praise the answer rather than end the chat ("that's all very helpful")
const PRAISE6 = r`(?:very|really|so|super|extremely|quite|pretty|incredibly|great|helpful|useful|perfect|wonderful|amazing|awesome|excellent|fantastic|clear|interesting|fascinating|new|true|correct|right)`;

const phrasesV6: RubricPhrases = {
  ...phrasesV5,
  // ---- v6 (A): the middle of the chat: clarifying, sources, completeness, holds, referrals
  // (test/sixth-round-middle.test.ts)
  // "Give me a tick"; "Poking around in the catalog for you now", "rummaging through the files";
  // "Nearly there, just double-checking the date" (not "you're almost there", not "confirming your
  // email"); each new alternative opens on its rare word, the context in a lookbehind
  hold: v6.widen(
    'hold',
    [[1, r`(?:moment|minute|second|bit|while`, r`|tick|jiffy`]],
    r`\b(?:poking|rummaging|scouring|combing|sifting|trawling|nosing) (?:around|about|through)\b(?<!\b(?:was|were|been|after|from|by|when|keep|tried|try|start|started|started by|enjoy|like|love) (?:poking|rummaging|scouring|combing|sifting|trawling|nosing) [a-z]+)`,
    r`\b(?:double checking|cross checking|confirming|verifying)\b(?<=\b(?:just|still|now|currently|quickly|there|done|im|i am|were|we are) (?:double checking|cross checking|confirming|verifying))(?= (?:the|a|an|one|another|it|this|those|these|in|with|on|against|some|a few|dates?|details?|numbers?)\b)(?! (?:the )?(?:email|e mail|address|phone|number you|spelling of your)\b)`,
    r`\b(?:almost|nearly) (?:there|done|finished)\b(?<=(?:^|[.!?,:;-] |\b(?:im|i am|were|we are|ok|okay|and|so|yes|hmm) )(?:almost|nearly) [a-z]+)`,
  ),
  // "which campus are you at", "what year was he born": a question without "?"
  questionOpening: v6.widen(
    'questionOpening',
    // (E) formal conditionals are no questions: "Should you need the print volume, the department…"
    [[0, r`|should`, r`(?! (?:you|u) [^?]*,)`]],
    r`^(?:(?:and|also|so|ok|okay|just|btw|oh),? )?(?:what|which|whose) [a-z]+ (?:are|is|do|does|did|were|was|will|would|can|should|have|has) (?:you|u|ya|your|the|it|they|he|she|we|this|that)\b`,
  ),
  // "Just to make sure I'm on the same page, …"; "So what you're after is…" (not "so what you need to
  // do is…"); "You're hoping to find…" (not "if you're hoping to find…, use…"); Spanish "Entiendo que
  // necesita…"; "Got it - a picture book about volcanoes for a 2nd grader" and "Census records for
  // 1870 Talbot County, gotcha." (a noun phrase with no verb: "Got it, the book is checked out" gives
  // the answer)
  restatement: v6.widen(
    'restatement',
    [[3, r`(?:clarify|`, r`make sure (?:im|i am|were|we are) (?:on the same page|following)\b|`]],
    r`\bso what (?:youre|you are|you|u|ur) (?:after|looking for|searching for|hoping for|need|want|mean|wanted|needed)\b(?! to\b)`,
    r`\b(?:hoping|wanting|trying) to (?:find|get|locate|track down|learn about)\b(?<=\b(?:youre|you are|ur) (?:hoping|wanting|trying) to [a-z]+(?: down| about)?)(?<!\b(?:if|when|whenever|once|since|because|as|while) (?:youre|you are|ur) (?:hoping|wanting|trying) to [a-z]+(?: down| about)?)`,
    r`\bentiendo que (?:usted |tu )?(?:busca|necesita|quiere|esta buscando|le interesa|necesitas|buscas|quieres|estas buscando)\b`,
    r`\b(?:got it|gotcha|understood|noted)(?: -|:|,|;) (?:so )?(?:a|an|some|the|your|you need|you want|youre after|youre looking for)\b(?![^.!?]*\b(?:is|are|was|were|has|have|had|shows?|can|will|should|lists?|holds?|owns?|looks?|seems?|appears?|try|use|search|click|go)\b)`,
    r`\b(?:got it|gotcha)[.!]*$(?<=(?:^|[.!?] )(?:a|an|some|the|your|[a-z]+ records?|[a-z]+ books?|[a-z]+ articles?) (?:(?!\b(?:is|are|was|were|has|have|had|shows?|lists?|can|will)\b)[^.!?]){3,80}(?:,| -) (?:got it|gotcha)[.!]*)`,
  ),
  // "Is that along the lines of what you wanted?", "…in the ballpark?"; "Will that do (the job)?";
  // "Does that point you in the right direction?"; "Does that sound like what your professor…",
  // "Does this look like the right form?"; "Is that more or less what you needed?"; "How's that?";
  // "Was I able to answer everything?"; "Let me know if that's not quite what you had in mind";
  // Spanish "¿Con eso tiene lo que necesita?", "¿Le queda claro?"
  completeness: v6.widen(
    'completeness',
    [
      [0, r`|do (?:it|the trick)`, r`|do the job|do\b(?=[?!. ]*$)`], // ("point you in the right direction": (E) below)
      [0, r`|sound (?:right|good`, r`|like (?:something|what|the right|the one|the kind|the sort)\b`],
      [0, r`look (?:right|good|`, r`like the (?:right|one|ones|kind|sort)\b|`],
      [1, r`(?:this|that|it|these|those) (?:`, r`more or less |kind of |sort of |roughly |pretty much |basically |`],
      // (E) "Does that point you in the right direction?", "Does that explain what's happening?"
      [0, r`(?:any of (?:these|those|them|the [a-z]+)|`, r`everything|`],
      [0, r`(?:[a-z-]+ ){0,3}?(?:answer|answers|`, r`point (?:you|u)|set (?:you|u)|steer (?:you|u)|explain|explains|explained|`],
    ],
    r`\b(?:lines of what|ballpark|right track)\b(?<=\b(?:is|was|are|were|does|did|do) (?:this|that|it|these|those)\b[a-z ]{1,30})`,
    r`^(?:(?:so|and|ok|okay|well|there you go),? )?hows (?:that|this)(?: for (?:you|u|now|a start))?[?!. ]*$`,
    r`\b(?:was i|were we|have i been|have we been) able to (?:answer|help|find what|get (?:you|u) what|cover)\b`,
    r`\blet (?:me|us) know (?:if|whether) (?:thats|that is|this is|its|it is|that isnt|this isnt|that was|that wasnt|these are|those are|these arent|those arent) (?:not )?(?:quite |exactly |really |at all )?(?:what (?:you|u)|the (?:right|kind|sort|type)|right|enough|helpful|useful|off)\b`,
    r`\bcon (?:esto|eso|esta informacion) (?:tiene|tienes|tienen|encontro|encontraste|queda|quedo|resuelve|resolvio)\b`,
    r`\b(?:le|te) (?:queda|quedo) claro\b`,
    // (E) "Would those work for your crew?" (plural: the titles given; "Would that work?" after an
    // offer stays an offer, offerQuestion below), "Is everything working the way you hoped?"
    // ("working" keyed on itself, the subject in a lookbehind)
    // (keyed on "these"/"those", "would" in the lookbehind: "would" opens too many sentences)
    r`\b(?:these|those) (?:[a-z-]+ ){0,2}?(?:work|help|suit|fit|do the trick)\b(?<=\bwould (?:any of |either of |all of )?(?:these|those) (?:[a-z-]+ ){0,2}?[a-z]+)`,
    r`\bworking(?=[?.!]|$| (?:now|for (?:you|u)|the way|ok|okay|properly|right|again)\b)(?<=\b(?:is|are|isnt|arent) (?:this|that|it|everything|those|these|things|they) working)`,
  ),
  // a DOI ("Here's the DOI: 10.1177/…"): a named article
  namedResource: v6.plus('namedResource', r`\bdoi\b(?=:? ?(?:is |number |no |# ?)?(?:https?|10\.\d{4}))`),
  // style manuals (Chicago, APA, the Bluebook) and clinical, legal and other databases named alone
  knownResource: v6.widen('knownResource', [
    [0, r`\b(?:`, r`chicago manual\b|apa (?:publication )?manual\b|publication manual\b|bluebook\b|clinicalkey\b|clinical key\b|dynamed\b|accessmedicine\b|access medicine\b|nursing reference center\b|psychiatryonline\b|policymap\b|sage research methods\b|artstor\b|american ancestors\b|fastcase\b|casetext\b|bloomberg law\b|lexis (?:plus|advance)\b|`],
  ]),
  // the steps to reach a page by scrolling: "scroll all the way down", "in the footer", "hover over"
  // (inside alternative 1: webSteps runs as a whole-text test, where each alternative costs at every position)
  webSteps: v6.widen('webSteps', [[1, r`\b(?:`, r`scroll (?:all the way |way |right |further |a bit |halfway )?(?:down|up)|scrolling (?:all the way |way |right |further |a bit |halfway )?(?:down|up)|footer|sidebar|hover over|drop ?down menu|`]]),
  // "Call the Register of Wills at 410-…, and they can send you a copy": the number is the party's,
  // not the patron's (a third party sends; v5 read any "send you" as the patron's contact)
  patronContactContext: v6.swap(
    'patronContactContext',
    1,
    // (E) "Is kwalsh@… still the best address?", "what's your preferred email"
    r`\b(?:got it|best (?:email|address|number|phone|contact)|preferred (?:email|address|number|phone|contact)|still (?:a |the )?(?:good|current|valid|best|correct|right)|noted|i have|ive got|i got|we have|on file|confirm|is that|correct|right\?|reach you|call you|email you|text you|contact you|send (?:it |them |this |that )?(?:to )?(?:you|u)(?<!\b(?:they|he|she|who|which|them|office|clerk|staff)(?: can| could| will| would| may| should| might| usually| then| also)* send (?:it |them |this |that )?(?:to )?(?:you|u)))\b`,
  ),
  // "Drop a line to the archivist", "Shoot the ILL office an email", "Head down to the circulation
  // desk", "I'd run that by your doctor"
  referralVerb: v6.widen('referralVerb', [
    // (E) "You can request a mentor at score.org", "request a free tutor": the person is the party
    [3, r`\b(?:contact|`, r`request (?:a |an |your |a free |free )(?=(?:[a-z-]+ )?(?:mentor|tutor|navigator|counselor|counsellor|advisor|adviser)s?\b)|`],
    [3, r`\b(?:contact|`, r`drop (?:them |him |her )?a (?:line|note) to|shoot\b(?= (?:[a-z&]+ ){1,6}?an? (?:email|message|note|text|line)\b)|fire off an? (?:email|message|note) to|head (?:down|up|back|out|along|downstairs|upstairs) to|run (?:it|that|this|them|those|these) (?:past|by)|`],
  ]),
  // archivists, curators, the bursar, HR, financial aid, an ombudsman; plurals ("your doctors", "the
  // counselors"); chat-speak reads "HR" as "hour", so "hour" is a party only where the object of the
  // verb opens with it ("check with HR about…"; referral.ts tests the object from its first word)
  referralParty: v6.widen('referralParty', [
    // (E) "a passport acceptance facility", "Legal Aid", "a SCORE mentor", "navigators"
    [0, r`\b(?:office|`, r`facility|facilities|mentor|mentors|tutor|tutors|navigator|navigators|aid(?<=\blegal aid)|`],
    [0, r`\b(?:office|`, r`archivists?\b|curators?\b|bursar\b|human resources\b|financial aid\b|ombuds(?:man|person)?\b|deans?\b|tutors?\b|lawyers\b|attorneys\b|doctors\b|physicians\b|counselors\b|counsellors\b|advisors\b|advisers\b|professors\b|teachers\b|nurses\b|pharmacists\b|representatives\b|`],
  ], r`^hour\b(?! (?:or|and|ago|later|before|after|from|early|late|of|long|away|left|to|in|or so)\b)`),
  // "A Court Help Center attorney can go over the form with you", "…can look over your lease"
  referralCanHelp: v6.widen('referralCanHelp', [
    [1, r`|walk you through|`, r`go over (?:it|this|that|the [a-z]+|your [a-z]+) with (?:you|u)|look over (?:it|this|that|the [a-z]+|your [a-z]+)|sit down with (?:you|u)|`],
  ]),
  // "Visit the Health Department's website at health.maryland.gov": the owner's web page is a place
  // to look, not a party (words before "website" up to six, none of them a preposition)
  referralNotParty: v6.plus(
    'referralNotParty',
    r`^(?:the |our |your |their |this |that |a |an )?(?:(?!(?:through|via|on|at|using|from|in|and|or|to|for|by|with|about|if|who|that|and)\b)[a-z&]+ ){1,6}?(?:website|web site|site|webpage|web page|home page|homepage|page|portal|online (?:form|portal|catalog|application)|app|database|catalog|guide)\b`,
  ),

  // ---- v6 (B): follow-ups, transfers, idle patrons, dismissals and closings
  // Promises in other voices. Passive: "An answer will be sent to your email", "the list will be
  // forwarded to you" (v5's "will be delivered to your email" widened). Third person: "our ILL staff
  // will reply by email", "the Maryland Room will respond to you", "someone in ILL will reach out
  // Monday", "we'll reach out once we've checked" (not "reach out to the clerk", not "you will reply").
  // "Expect an email from Kim in Special Collections", "You'll receive a call from Marcus at the Bowie
  // branch". "I'll follow up tomorrow by email", "I'll follow up with an email"; "I'll circle back
  // tomorrow"; "I'll be emailing you", "I'll ping you"; "Expect it in your inbox by Monday"; "I'll get
  // that over to you tomorrow"; "I'll keep you posted - should know more by Friday"; "I should have an
  // answer for you by Friday" (not "…in a moment").
  // (each opens on its rare word, the subject or auxiliary in a lookbehind: see v5's followupPromise.
  // "You'll get an email from me" is left out: keyed on "youll" it ran the family on ~4% more messages,
  // ~1 more run a session; "answer" keys the last one, ~0.4 more runs a session)
  followupPromise: replaced(
    15,
    r`\b(?:delivered|sent|emailed|forwarded|mailed|texted)\b(?<=\b(?:will|ll|should|shall|going to|gonna) (?:then |also |all |soon )?be [a-z]+) (?:straight |directly |over |along |out )?to (?:you|u|your (?:email|inbox|e mail|phone|home address|address))\b`,
    replaced(
      1,
      r`\bfollow(?:ing)? ?-?up(?: (?:(?<=\b(?:ill|i will|we will|well|i shall|we shall|i can|we can|let me|let us|happy to|glad to|someone will|they will|theyll|shell|hell)(?: [a-z]+){0,4}? follow(?:ing)? ?-?up )(?:(?:[a-z]+ ){0,3}?(?:by|via|with an?|through) (?:email|e mail|phone|mail|post|text|call)|(?:tomorrow|today|tonight|later|next|this|on|by|within|soon|early|first|once|when|as soon as|${DAYS})\b)|with (?:you|u)\b)|(?<=\b(?:ill|i will|we will|well|someone will|theyll|shell|hell) follow(?:ing)? ?-?up)(?=[.!]*$))`,
      replaced(
        14,
        r`\bcircle back\b(?: (?:with|to) (?:you|u)\b|(?<=\b(?:ill|i will|we will|well|someone will|theyll|shell|hell) circle back)(?= (?:tomorrow|later|next|this|on|by|within|early|first|once|when|as soon as|${DAYS})\b| by (?:email|phone)\b|[.!]*$))`,
        v6.widen(
          'followupPromise',
          [
            // "I'll be emailing you", "someone will be calling you"; "I'll ping you tomorrow"; "we will notify
            // you by email once we find it" (notPromise no longer takes "notify you … once we find it" back)
            [3, r`(?:email|call|phone|`, r`emailing|calling|phoning|texting|contacting|messaging|ringing|writing to|reaching out to|ping|notify|`],
            [
              5,
              r`|(?:our|the|a|one of our) (?:[a-z]+ ){0,2}?(?:librarian|staff|team|colleague|department)`,
              r`|[a-z]+ (?:in|at|from|with) (?:our |the )?(?:[a-z]+ ){0,2}?(?:collections?|archives?|circulation|reference|loan|loans|ill|desk|office|room|department|branch|library|team|services?|history|genealogy)`,
            ],
          ],
          r`\b(?:reply|respond|write back|reach out)\b(?<=\b(?:will|shall|well|theyll|shell|hell|ill|going to|gonna)(?: (?:then|also|usually|typically|normally|personally|directly))? (?:reply|respond|write back|reach out))(?<!\b(?:you|u) (?:will|shall) (?:[a-z]+ )?(?:reply|respond|write back|reach out))(?= (?:to (?:you|u)\b|by (?:email|e mail|phone|text|mail|post)\b|via (?:email|phone|text)\b|(?:within|in|by|on|tomorrow|today|tonight|next|this|early|later|soon|shortly|first|before|once|when|as soon as|after|${DAYS})\b)|[.!,;]|$)`,
          // "Expect it in your inbox by Monday", "It'll be in your inbox tomorrow"
          r`\binbox\b(?<=\b(?:expect (?:it|them|this|that|the [a-z]+|an email|a message|something)|(?:itll|theyll|it will|they will|it should|they should|should|will|ll) (?:be|arrive|land|show up)) in your inbox)`,
          // "I'll get that over to you tomorrow", "we'll send the scans over to you"
          r`\bover to (?:you|u)\b(?<=\b(?:ill|i will|well|we will|shell|hell|theyll|can|going to|gonna) (?:get|send|pass|shoot|bring|run) (?:it|them|that|this|those|these|the [a-z]+|everything|something|what i find|a copy|copies) over to (?:you|u))`,
          // "I'll keep you posted - should know more by Friday", "I'll update you by email on Tuesday" (with a
          // cue that it comes after the chat, as v2's "let you know": "I'll keep you posted as I search" is
          // said of the chat itself)
          r`\b(?:keep (?:you|u) (?:posted|updated|informed|in the loop)|update (?:you|u))\b(?<=\b(?:ill|i will|we will|well|shell|hell|theyll|someone will) (?:[a-z]+ )?(?:keep|update) [a-z ]+)(?=.*?\b(?:email|mail|by (?:phone|text)|later|tomorrow|tonight|next week|this week|within|after (?:our|the|this) (?:chat|session|conversation)|(?:when|once|as soon as) (?:i|we|they|someone) (?:hear|get|receive|have|find|know)|by (?:the end|${DAYS})|on ${DAYS})\b)`,
          r`\b(?:answer|update)\b(?<=\b(?:ill|i will|well|we will|i should|we should|should|i hope to|we hope to|shell|hell|theyll) (?:[a-z]+ )?have (?:an? |the |some )?[a-z]+)(?= for (?:you|u)\b(?! (?:in (?:just )?a (?:moment|minute|second|sec|bit|tick|jiffy|few minutes)|momentarily|shortly|right away|soon|now)\b))`,
          // "You'll get an email from me by Friday", "you should have a text from us tomorrow" (keyed on the
          // noun, the rest in a lookbehind and lookahead: keyed on "youll" the family ran on ~4% more messages)
          r`\b(?:email|call|text|message|note|reply|response|update|answer)\b(?= from (?:me|us)\b)(?<=\b(?:youll|you will|you should|you shall) (?:also )?(?:get|be getting|have) (?:an? |my |our )?(?:quick |short |follow up |followup )?[a-z]+)`,
        ),
      ),
    ),
  ),
  // "We'll write to you on Monday", "I will forward the info to you Thursday": a delivery a time goes with
  deliveryVerb: v6.widen('deliveryVerb', [[0, r`\b(?:send|`, r`write|write to|writing|forward|forwarding|pass along|ping|notify|update you|`]]),
  notPromise: v6.widen('notPromise', [[3, r`\bnotif`, r`(?!y (?:you|u) (?:by (?:email|phone|text) )?(?:once|when|as soon as) (?:i|we)\b)`]]),
  // "I'll … send whatever I find to the address you gave"
  followupSend: v6.widen('followupSend', [[0, r`(?:to )?(?:you|u|over|along|your way|`, r`(?:the|that) (?:address|email|email address|number|inbox) (?:you|u)|`]]),
  // "I'll email you this weekend", "next weekend"; "call you back in 20 minutes", "within the next 30
  // minutes"; "within about a week", "in around two days"; "by end of business Friday"; "by November
  // 14th", "on March 3rd"
  whenExpect: v6.widen('whenExpect', [
    [0, r`end of (?:the )?(?:day|week`, r`|business`],
    [0, r`|nov|dec) \d{1,2}`, r`(?:st|nd|rd|th)?`],
    [1, r`\bwithin (?:the next )?`, r`(?:about |around |roughly |approximately )?`],
    [1, r`(?:hours?|hrs?|days?|weeks?`, r`|minutes?|mins?`],
    [2, r`(?:hours?|days?|weeks?`, r`|minutes?|mins?`],
    [3, r`\bin `, r`(?:about |around |roughly |approximately )?`],
    [3, r`(?:hours?|days?|weeks?`, r`|minutes?|mins?`],
    [5, r`this (?:afternoon|evening|morning|week`, r`|weekend`],
    [5, r`next (?:week`, r`|weekend`],
    [13, r`(?:the )?(?:`, r`${MONTHS} \d{1,2}(?:st|nd|rd|th)?\b|`],
  ]),
  // "I'm looping in our business librarian"; "Let me get you over to the law library's chat desk";
  // "switch you over to", "redirect you to"; "You're being connected to our genealogy specialist";
  // "Kim will take over from here" (not "you can take it from here");
  // "I'll pass this to Kim" (not "pass it to your teacher")
  // ("over" first, the verb or subject in a lookbehind: an alternative opening on "get" runs at every
  // "get", and one the word index keys on "from", "here" or "pick" opens the family on most messages)
  transferNotice: v6.widen(
    'transferNotice',
    [
      [1, r`|transfer(?:red|ring)?`, r`|connected (?:to|with)\b|passed (?:on |over )?to\b|handed (?:over |off )?to\b`],
      [2, r`|send|sending`, r`|switch|switching|redirect|redirecting`],
    ],
    r`\bover (?:to|with)\b(?<=\b(?:get|getting|bring|bringing) (?:you|u) over (?:to|with))`,
    r`\bloop(?:ing|ed)? (?:(?:you|u|them|him|her) )?in\b(?! (?:mind|the loop)\b)`,
    r`\bover from here\b(?<=\b(?:will|can|shall|is going to|gonna|shell|hell|theyll|well) (?:now )?take over from here)(?<!\b(?:you|u) (?:will|can|shall|is going to|gonna) [a-z ]+)`,
    r`\b(?:pass|passing|hand|handing) (?:this|it) (?:over |off |on )?to\b(?! (?:your|a|an)\b)`,
  ),
  // "If you're still there, just type something"; "reply if you're still with me" ask as "let me know
  // if you're still there" does
  letMeKnow: v6.widen(
    'letMeKnow',
    [[0, r`|tell me|just say`, r`|(?:reply|respond|write back)(?= (?:if|whether) (?:you|u)(?:re| are)? still\b)`]],
    // (the verb first, "still there" in a lookbehind: "still" opens many hold messages)
    r`\b(?:type|reply|respond|write back)\b(?<=\bstill (?:there|here|with (?:me|us)|around|online|connected|on the (?:line|chat))[,;]? (?:(?:please|just|simply|then) )?(?:type|reply|respond|write back))`,
  ),
  // "Have you stepped away?", "Did you wander off?", "Are you still on?"
  stillThere: v6.widen('stillThere', [
    [0, r`|at your (?:computer|device)`, r`|on(?= ?[?!.]|$)`],
    [11, r`(?:disconnected|cut off|dropped|logged off|timed out`, r`|stepped away|step away|wandered off|wander off|gone away|left(?= ?[?!.]|$| the chat\b)`],
  ]),
  // "I'm not getting any replies from your end"; "It's been a few minutes without a reply"; "Looks
  // like you're away", "Seems you've wandered off"; "since you've been quiet for a bit"; "closing
  // chat - no response", "due to no response"
  seemGone: v6.widen(
    'seemGone',
    [
      [0, r`(?:ve| have| has| may have| might have| must have| got| were| are`, r`|re`],
      [0, r`(?:disconnected|cut off|`, r`wandered off|stepped out|walked away|moved on|`],
      [5, r`(?:activity|response|reply|messages?`, r`|responses|replies|answers?`],
      [12, r`(?:been away`, r`|been quiet|been silent`],
    ],
    r`\bwithout (?:a |any )?(?:reply|replies|response|responses|word|message|messages|activity|answer)\b(?<=\b(?:been|minutes|minute|while|now|time) without [a-z ]+)`,
    r`\bno (?:response|reply|activity)\b(?<=(?:\bdue to|\bbecause of|\bafter|\bwith|[-:]) no [a-z]+)`,
  ),
  // Spanish present as near future: "Cierro el chat ahora", "terminamos la sesión"; "Closing chat"
  // (no article); "The chat has timed out", "this session is being closed"
  willEnd: v6.widen(
    'willEnd',
    [
      [2, r`(?:closing out|shutting down|closing|ending|terminating|disconnecting|wrapping up) `, r`(?:`],
      [2, r`(?:this|the|our) `, r`)?`],
      // "I'll close this now"
      [3, r`|close (?:this|it) out`, r`|close (?:this|it)(?: now| shortly| soon)?(?=[.!,]|$)`],
      [4, r`\b(?:cerrare|terminare|finalizare`, r`|cierro|termino|finalizo|cerramos|terminamos|finalizamos`],
    ],
    r`\b(?:chat|session|conversation) (?:has|is) (?:now |being |been |automatically )*(?:closed|ended|timed out|terminated|disconnected|closing|ending)\b(?<=\b(?:this|the|our|your) (?:chat|session|conversation) [a-z ]+)`,
    // a terse macro: "Chat ended due to inactivity.", "Session closed - no response"
    r`\b(?:closed|ended|closing|ending|timed out)\b(?<=^(?:chat|session) (?:closed|ended|closing|ending|timed out))`,
  ),
  // "We can only spend 15 minutes per patron", "we only allow 10 min per text session", "I can only
  // take one more question"; "This will have to be your last question"; "You've asked a lot of
  // questions already"; "You have used your 15 minutes", "You've had your three questions"; not
  // "Tutoring sessions are limited to 30 minutes per session" (a service's limit, not this chat's)
  dismissalHard: replaced(
    6,
    r`\b(?:only|just) (?:answer|take|allow|handle|accept|do|give|spend|offer|provide) (?:up to )?(?:one|two|three|four|five|\d+|a few|a couple of|a limited number of) (?:more )?(?:questions?\b|(?:minutes?|mins?) (?:per|for each|for every|each|a|in a|on a|with each|with a) (?:text |chat |sms |online |reference )?(?:chat|session|patron|person|question|conversation|customer|user)s?\b)`,
    v6.widen(
      'dismissalHard',
      [
        [8, r`\basked (?:`, r`(?:a lot of|lots of|quite a few|so many|a bunch of|many) questions\b(?<=\b(?:youve|you have|you|u)(?: already)? asked [a-z ]+)(?= (?:already|so(?! far\b)|for (?:one|a single|this|a) (?:chat|session)|in (?:one|this|a single) (?:chat|session))\b)|`],
        [11, r`|question|questions|conversation)\b`, r`(?<!\b(?:tutoring|tutor|tutors|study|computer|computers|pc|pcs|printer|printing|lab|appointment|appointments|laptop|laptops|room|rooms|class|classes|lesson|lessons|exam|test|testing)\b[^.!?]{0,80})`],
      ],
      r`\b(?:last|final) question\b(?<=\b(?:(?:has|have|need|needs|going|got) to|must|should) be (?:your|the|our) (?:last|final) question)`,
      r`\b(?:minutes|mins|questions)\b(?<=\b(?:used|had|used up) (?:your|all your|all of your) (?:\d+|one|two|three|four|five|ten|fifteen|twenty|thirty) (?:minutes|mins|questions))`,
      // (E) "Chats are capped at 20 minutes and you've used yours"; "you've used up your time"
      r`\bcapped at (?:about |around |only )?(?:\d+|one|two|three|four|five|ten|fifteen|twenty|thirty) (?:minutes?|questions?)\b(?<=\b(?:chats?|chat sessions?|conversations?|questions?) (?:are |is |were |get |gets )?capped at [a-z0-9 ]{4,24})`,
      r`\bused (?:up )?(?:yours|all of yours|your (?:time|minutes|turn|session|questions))\b(?<=\b(?:you|u)(?:ve| have| already|ve already| have already) used [a-z ]{5,16})`,
    ),
  ),
  // "My shift's (almost) over"; "I have to cut this short"; "I need to jump / step away"; "Gotta go";
  // "I can't spend any more time on this one", "I can't stay on this any longer"
  dismissalConvenience: replaced(
    1,
    // (not "I need to run a quick search", "I have to go through the index": looking something up;
    // "get going" and "take off" in an alternative of their own, so that the word index keys this one on
    // its verbs: v1's alternative was keyed on "to" and opened the family on nearly every message)
    r`\b(?:i|ive) (?:have|got|need|must)(?: got)? to (?:go|leave|run|log off|sign off|head out|jump|dash|step away|hop off|bounce)\b(?!(?<=\bgo) (?:through|over|into|back|check|look|find|get|ahead|down|up|see|ask|and|to (?:the|our))\b)(?!(?<=\brun) (?:a|an|some|the|another|this|that|it|through|over|by|down|up)\b)`,
    v6.widen(
      'dismissalConvenience',
      [
        [0, r`(?:my|the) shift`, r`s?`],
        [0, r`(?:is )?`, r`(?:almost |nearly |about )?`],
        [7, r`got) to (?:`, r`cut (?:this|it|things|us|our (?:chat|conversation|session)|the (?:chat|conversation|session)) short|`],
      ],
      // (the provider's own time: "I", and not "we can't help with tax prep any longer", a service that
      // ended; keyed on "cant": "give" would open the family on every "give me a minute")
      r`\b(?:cant|cannot|unable to|able to) (?:spend|give|devote|stay on)\b(?= (?:[a-z]+ ){0,3}?(?:any (?:more|further) time|much more time|any longer)\b)(?<=\bi (?:cant|cannot|am unable to|am not able to|wont be able to) [a-z ]+)`,
      // "Gotta go, good luck!" (chat-speak "got to") at the start of a sentence (keyed on "got": "go" would
      // open the family on every "go to the website")
      r`\bgot to (?:go|run|dash|jump|bounce)\b(?<=(?:^|[.!?,;:] |^(?:sorry|ok|okay|well|oops|yikes|ah|oh|anyway|welp),? )(?:i |ive |well )?(?:really |just )?got to [a-z]+)(?! (?:a|an|some|the|another|this|that|it|through|over|into|by|down|up|back|check|look|find|get|ahead|see|ask|and)\b)`,
      r`\b(?:i|ive) (?:have|got|need|must)(?: got)? to (?:get|take) (?:going|off)\b`,
    ),
  ),
  // "please chat back in whenever you're ready", "text us back anytime"
  wayBack: v6.widen('wayBack', [[0, r`(?:come|check|pop|drop|hop`, r`|chat|text|message|write`]], r`\breconnect\b`),
  // "you're welcome to reconnect", "you're welcome to come back"
  // (keyed on "reconnect": "welcome" would open the family on every greeting)
  // (merge) "Stop by anytime!", "Come see us in the media center anytime!", "Drop by the library
  // whenever you like" (keyed on "anytime" / "whenever", the visit in a lookbehind, at the start of
  // a clause: not "the book drop by the front door takes returns anytime")
  inviteBack: v6.plus(
    'inviteBack',
    r`\breconnect\b(?<=\b(?:you can|you may|please|just|free to|welcome to) reconnect)`,
    r`\b(?:anytime|any time|whenever(?= (?:you|u) (?:like|want|wish|need|can|are|re|have)\b))\b(?<=(?:^|[.!?;:] |, |\b(?:please|just|feel free to|free to|you can|welcome to|do|so|and|or|ok|okay|well|anyway|again|also) )(?:come (?:see|visit) (?:us|me)|stop (?:by|in)|drop (?:by|in)|swing (?:by|past)|pop (?:by|in|over)|come (?:by|in|over))\b[^.!?]{0,40}(?:anytime|any time|whenever))`,
  ),
  // a space typed around the "@": "jsmith @ gmail.com", "jsmith@ gmail.com" (a real top-level domain after it)
  email: v6.plus('email', r`(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]{0,63}(?: @ ?|@ )[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.(?:com|org|net|edu|gov|us|ca|uk|au|nz|ie|mx|es|io|co|info|me)\b`),
  // "Catch you later!", "Laters!", Spanish "¡Nos vemos!"
  // (E) "Have an amazing trip", "have a fabulous weekend"
  farewell: v6.widen('farewell', [
    [0, r`|ciao|adios|chao`, r`|nos vemos|catch (?:you|u|ya) (?:later|soon|next time)|laters`],
    [2, r`(?:good|great|`, r`amazing|fabulous|marvelous|marvellous|brilliant|smooth|cozy|`],
  ]),

  // ---- v6 (C): openings: greetings, who is answering, anything else
  // "Mornin'!", "Evenin' all" (the clipped word; normalised "mornin !")
  greeting: v6.plus('greeting', r`\b(?:mornin|evenin)\b`),
  // "Hi, you've reached the Hyattsville Branch", "Hello from the Wheaton branch!" (the noun first and the
  // lead in a lookbehind: "branch" alone says nothing about who is answering)
  selfAffiliation: v6.plus(
    'selfAffiliation',
    r`\bbranch\b(?<=\b(?:youve reached|you have reached|this is|welcome to|here at|here from|(?:hi|hello|hey|howdy|greetings) from|thanks for (?:contacting|calling|messaging|texting)) (?:the )?(?:[a-z]+ ){1,3}branch)`,
  ),
  // the greeting's offer of help, in more words: "What can I dig up for you?", "What do you need help
  // with?", "What would you like help with?", "Is there something I can help you with?", "Anything I
  // can help you with today?", Spanish "¿En qué te ayudo?"
  greetingOffer: v6.widen(
    'greetingOffer',
    [
      [1, r`(?:do|help|find|assist|look up`, r`|dig up|track down|pull up|search for|locate`],
      [2, r`\bwhat (?:brings you|would you like to know|is your question|s your question`, r`|(?:do|would|can) (?:you|u) (?:need|like|want) (?:some )?help with`],
    ],
    r`\b(?:something|anything) (?:i|we) (?:can|could|may|might) (?:help|assist)\b`,
    r`\b(?:en que|como) (?:le|te|les) (?:ayudo|sirvo)\b`,
  ),
  // "Is there anything additional…?", "How else can I help?", "Any other way I can be of help?",
  // "Any other research questions?", Spanish "¿Alguna otra duda?"; not "anything else you've tried?",
  // "anything else from the book?", "anything else I should know about the assignment?" (about the
  // need in hand, not another one)
  anythingElse: replaced(
    0,
    r`\bany ?thing(?<!\b(?:tried|try|checked|searched|seen|used|read|heard|noticed|mentioned|said|done) any ?thing) (?:else|more|further|additional)\b(?! (?:(?:you|u)(?:ve| have)? (?:already |also )?(?:tried|checked|searched|looked|used|found|seen|read|done|attempted)|(?:i|we) (?:should|need to|ought to|must) know|(?:from|out of) (?:the|that|this|those|these|it|them))\b)`,
    v6.widen(
      'anythingElse',
      [[7, r`(?:pregunta|preguntas|cosa|consulta|consultas`, r`|duda|dudas|inquietud|inquietudes`]],
      r`\bhow else (?:can|could|may|might|shall) (?:i|we)\b`,
      // (the rare word first and the "other" in a lookbehind)
      r`\bways? (?:i|we) (?:can|could|may|might) (?:help|assist|be)\b(?<=\b(?:any ?other|another|other|else) ways? (?:i|we) [a-z]+ [a-z]+)`,
      r`\bquestions?\b(?<=\b(?:any|other|further|additional|more) (?:[a-z-]+ ){1,2}questions?)(?<!\b(?:specific|particular|exact|certain|more|other|further|additional) questions?)`,
    ),
  ),
  // "Eso sería todo", "No, sería todo"; "that'll be all", "that'll do it", "all done", "I'm sorted",
  // "I've got what I need", "that about covers it", "that was my only question"; not "that's all very
  // helpful" (praise), "yes that's it! the one with the green cover" (recognising a book), "I'm all
  // set up on the app" (a setup done)
  patronDone: replaced(
    0,
    r`\bthats (?:all|everything)\b(?! (?:there|of|you|it takes|the|for the|they|we|i can|i could|we can|this|${PRAISE6})\b)`,
    replaced(
      1,
      r`\b(?:(?:that|this) (?:is|was|will be|would be|ll be|d be|should be)|thatll be|thatd be|thisll be) (?:all|everything|it)\b(?! (?:there|of|you|the|they|we|i can|${PRAISE6})\b)`,
      replaced(
        2,
        r`\b(?:no|nope|ok|okay|i think|i guess|then|thanks|thank you|great|perfect|alright)[ ,.!]*thats it\b(?![ ,.!]*(?:(?:the|that|this) (?:[a-z]+ )?(?:one|ones|book|title|cover|edition|article|link|same)|exactly|right there)\b)`,
        replaced(
          6,
          r`\b(?:im|i am|were|we are) (?:all )?(?:good|set|done|all set|finished|fine now|ok now|good now|good for now|set for now|sorted)\b(?! up\b)`,
          replaced(
            7,
            r`\ball (?:set|good)\b(?! up\b)`,
            replaced(
              8,
              r`\b(?:(?:i|we) (?:got|have|found)|(?:ive|weve|i have|we have) (?:got|gotten|found)) (?:everything|all|what) (?:i|we) (?:need|needed|wanted|was looking for)\b`,
              v6.widen(
                'patronDone',
                [[9, r`\bthat `, r`(?:about |pretty much |just about |basically )?`]],
                r`\b(?:done|sorted)\b(?<=\ball (?:done|sorted))(?<!\b(?:not|when|once|if|until|till|before|after|almost|nearly|get|got|getting)(?: [a-z]+){0,2} all (?:done|sorted))`,
                r`\b(?:thatll|thatd|that (?:will|should|would|does)) (?:just )?do(?:es)? it\b`,
                r`\bonly question\b(?<=\b(?:that|this|it|thats)(?: was| is| were)? (?:my|the) only question)`,
                r`\b(?:seria|sera) todo\b(?! (?:un|una|el|la|los|las|mas|menos)\b)`,
              ),
            ),
          ),
        ),
      ),
    ),
  ),

  // ---- v6 (E): whole sessions from other services and voices
  // "Would those / any of these work for you?" asks about what was given, not an offer
  offerQuestion: v6.widen('offerQuestion', [[0, r`(?:would`, r`(?! (?:these|those|any of (?:these|those|them)|either of (?:these|those|them)) )`]]),
  // a street address on a Turnpike: "7001 Little River Turnpike"
  address: v6.widen('address', [[0, r`|pike|`, r`turnpike|tpke|`]]),
};

export const rubricV6: Rubric = {
  ...rubricV5,
  version: '6',
  phrases: phrasesV6,
  greetingNameShapes: true,
  greetingOthersRole: true,
  introDepartmentNotSource: true,
  referralNamedAtContact: true,
  contactQuestionNotClarify: true,
  referralStretchA: true,
  referralNextTheyA: true,
  referralButA: true,
  followupFieldEcho: true,
  handoffTerseNotes: true,
  referralPatronContactsApart: true,
  referralOnBehalf: true,
  offerAfterAnswer: true,
};

// ---- rubric v7: v6 with the families of a seventh round of sessions ------------------------------
// (test/seventh-round-*.test.ts). v6 above stays as it was.

const v7 = deriving(phrasesV6);

const phrasesV7: RubricPhrases = {
  ...phrasesV6,
  // ---- v7 (A): openings and endings: pickup, greetings, anything else, dismissals, closings
  // greetings: "Kia ora!"; a letter's salutation opening a sentence ("Dear Mrs. Ashworth,", "Dear Sir or
  // Madam,"; not "Oh dear," or "Dear me!"); "thank you for your message / enquiry / e-mail" (not
  // "Thanks, your message came through twice")
  greeting: v7.widen(
    'greeting',
    [
      [5, r`for (?:`, r`your (?:message|inquiry|inquiries|query|queries|email|note|request|text)\b|`],
      // (D) "Welcome packets for new residents are at every desk": a noun, no greeting
      [2, r`\bwelcome\b`, r`(?! (?:packets?|packs?|kits?|bags?|baskets?|week|weekend|centers?|centres?|desks?|letters?|signs?|banners?|screens?|pages?|emails?|messages?|videos?|tours?|tables?|party|parties|receptions?|events?|guides?|brochures?|booklets?|mats?|wagons?|orientation)\b)`],
    ],
    r`\bkia ora\b`,
    r`^dear (?!(?:me|oh|god|lord|dear)\b)[a-z]+(?:\.? [a-z]+){0,3}[,:!]`,
  ),
  // the greeting's offer in a proactive widget: "Need help finding something?", "Looking for something?",
  // "Can I help you find anything today?"; and "what do u need?" alone (not "What do you need the census
  // for?", which asks about the need)
  greetingOffer: v7.plus(
    'greetingOffer',
    r`\b(?:something|anything)\b(?<=\b(?:need|want) (?:any |some )?help (?:finding|locating|looking for|tracking down) (?:something|anything))`,
    r`^(?:(?:are|r) (?:you|u) )?(?:looking|searching) for (?:something|anything)(?: (?:in particular|specific|today))?[?!. ]*$`,
    r`\b(?:something|anything)\b(?<=\bcan (?:i|we) help (?:you|u) (?:find|locate|look for|track down) (?:something|anything))`,
    r`\bneed\b(?<=(?:^|[,.!?;:] )(?:(?:so|ok|okay|and|well),? )?what (?:do|did) (?:you|u) need)(?=(?: (?:today|tonight|from (?:us|me)|help with))?[?!. ]*$)`,
  ),
  // "Was that everything you needed?", "Is that all you wanted?"; "Can I help (you) any further?" (asked:
  // anythingElseAt wants a question, so not "I can't help any further with legal advice"); "Any other
  // bits I can help with?"
  anythingElse: v7.widen(
    'anythingElse',
    // (D) "Anything else you remember about it?", "anything else on the assignment sheet about length?" ask about
    // the need in hand (not "Anything else you need?", "anything else I can help with?")
    [[0, r`(?:else|more|further|additional)\b(?! (?:`, r`(?:you|u) (?:can |could )?(?:remember|recall|remembered|recalled|noticed|know|knew)|(?:on|in) (?:the|your|that|this) (?:[a-z]+ )?(?:assignment|sheet|syllabus|rubric|prompt|instructions|handout|worksheet|list)|`]],
    r`\b(?:needed|wanted)\b(?<=\b(?:is|was|will) (?:that|this|it) (?:be )?(?:everything|all) (?:you|u) (?:needed|wanted))`,
    r`\bfurther\b(?<=\b(?:help|assist)(?: (?:you|u))?(?: any)? further)`,
    r`\bbits\b(?<=\bany (?:other|more) bits)`,
    // (B) "Any other citations I can help with?", "any more forms we can help with today?" (not "any specific
    // citations…", which asks about the need in hand)
    r`\b(?:help|assist)\b(?<=\b(?:any|other|more|further|additional) (?:[a-z-]+ ){1,2}(?:i|we) (?:can|could|may|might) (?:help|assist))(?<!\b(?:specific|particular|exact|certain) [a-z-]+ (?:i|we) [a-z]+ [a-z]+)(?= (?:you |u )?with\b|[?.!]|$)`,
  ),
  // the patron done, in more voices: "That's me sorted / done" (not "that's me done with page one"),
  // "that'll do me (for today)" (not "that'd do me a favour"), "…, it is all." (not "is it all online?",
  // "it is all in English"), "I have not other question", "got what I came for" (not "haven't got what I
  // came for"), "That concludes my enquiry", "I shan't take up any more of your time", "I won't keep you
  // any longer", Spanish "es todo lo que necesitaba"
  patronDone: v7.widen(
    'patronDone',
    [
      // (D) "That's everything I know about him", "that's all my teacher said" give details; not done
      [0, r`\bthats (?:all|everything)\b(?! (?:`, r`(?:i|we) (?:know|knew|remember|recall|found|could find|can find)|(?:he|she|they) (?:gave|said|told|wrote|sent|left)|my (?:teacher|professor|prof|mom|dad|boss|instructor|tutor|grandma|grandpa|grandmother|grandfather)|`],
      // (D) "there's no more questions on the worksheet" (not "no more questions, thanks")
      [4, r`(?:questions?|help)\b`, r`(?! (?:on|in|about|for|from|left on|to answer) (?:the|my|this|that|our|your)\b)`],
    ],
    r`\b(?:sorted|done)\b(?<=\bthats me (?:all )?(?:sorted|done))(?! (?:with|for (?:the|this|that|page|part))\b)`,
    r`\bdo me\b(?<=\b(?:thatll|thatd|that (?:will|would|should)) (?:just )?do me)(?! (?:a|any|the|some|no|good|harm)\b)`,
    r`\ball\b(?<=\bit is all)(?=[ ,.!]*(?:$|thank|gracias|for (?:me|now|today)))`,
    r`\bquestions?\b(?<=\b(?:have|got|has) not (?:any )?(?:other|more|another|further) questions?)`,
    r`\bcame (?:here |in )?for\b(?<=\b(?:got|found|have) (?:just |exactly )?(?:what|everything|all) (?:i|we) came (?:here |in )?for)(?<!\b(?:not|havent|hasnt|didnt|dont|never|cant|couldnt|still) (?:got|found|have|get|find) (?:just |exactly )?(?:what|everything|all) (?:i|we) came (?:here |in )?for)`,
    r`\b(?:concludes|completes) my (?:inquiry|inquiries|query|queries|questions?|business)\b`,
    r`\btime\b(?<=\b(?:wont|shant|will not|shall not) take up (?:any )?more of your time)`,
    r`\blonger\b(?<=\b(?:wont|shant|will not|shall not) keep (?:you|u) (?:any )?longer)`,
    r`\btodo lo que (?:necesitaba|necesito|buscaba|queria|necesitabamos|buscabamos)\b(?<=\bes todo lo que [a-z]+)`,
    // (C) "sí gracias, es todo" (not "no es todo, también…", nor "es todo lo que tengo")
    r`\bes todo\b(?<=\b(?:(?:gracias|si|ok|vale|bueno|listo)[ ,.!]+|no[,.!]+ )es todo)(?! (?:lo|el|la|un|una|para|por|muy|mas)\b)`,
  ),
  // ending the help to take another patron: "so I can take / pick up the next person in the queue" (not
  // "so I can take a closer look"), "gotta hop on another chat", "I'll have to let you go now" (not "I'll
  // let you get back to your evening")
  dismissalConvenience: v7.widen(
    'dismissalConvenience',
    [
      [4, r`(?:help|serve|get to`, r`|take|pick up|grab|answer|get on to|move on to`],
      [12, r`(?:go|run|dash|jump|bounce`, r`|hop`],
    ],
    r`\blet (?:you|u) go\b(?<=\b(?:have|need|got|going) to let (?:you|u) go)`,
  ),
  // closings: "Ta for that!", "ta very much" (not "Your TA can tell you", "ask the TA"); "Cheerio!", "Ta-ra!",
  // "see ya", Irish "slán"; "Have a top arvo!" (a time after "top", not "have a top hat")
  // (D) "Gracias a una beca estatal…", "gracias al apoyo de…": thanks to something, not to the patron ("gracias a
  // usted" still thanks)
  thanks: v7.widen('thanks', [[1, r`\b(?:gracias|merci)\b`, r`(?! (?:a|al) (?:un|una|unos|unas|la|el|los|las|su|sus|nuestra|nuestro|nuestras|nuestros|esta|este|estos|estas|esa|ese)\b)`]], r`\bta\b(?<!\b(?:your|the|my|a|his|her|their|our|each|every|any|per|one|no|ask|email) ta)(?= (?:for|very much|muchly|so much|heaps|loads|again|love|mate)\b|[ !.,]*$)`),
  farewell: v7.widen(
    'farewell',
    [
      [0, r`|laters`, r`|cheerio|ta-ra|ta ra|see ya|see yas|slan`],
      // (D) "Please take care with the reels", "Take care when you load the fiche": advice (not "take care of yourself")
      [0, r`|take care`, r`(?! (?:with|when|while|whilst|to|not|that|if|in|on|handling|using|loading|opening|cutting)\b| of (?!(?:yourself|you|u)\b))`],
      [2, r`(?:good|great|`, r`top(?= (?:day|arvo|afternoon|evening|morning|night|weekend|one|time)\b)|`],
    ],
    // (C) Spanish: "mucha suerte" wishes the patron well (not "por suerte", luckily)
    r`\b(?:mucha|buena|muchisima) suerte\b`,
  ),
  // invitations back: "You know where to find us!" (not "you know where to find the forms now"), "Give us a
  // shout if anything else comes up", "if you need us again", "We're here till 9 tonight if…"
  inviteBack: v7.widen(
    'inviteBack',
    [
      // (D) "come back to the guide's home page and click Databases" sends the patron to a page, not back to us
      [0, r`(?:on )?back\b`, r`(?! to (?:the|this|that|your|my|our) (?:[a-z]+ ){0,3}?(?:page|site|website|guide|screen|tab|menu|search|results|link|form|catalog|list|step|box|field|homepage)s?\b| (?:here )?and (?:click|tap|select|choose|search|type|enter)\b)`],
      [5, r`(?:here|available) `, r`(?:(?:un)?till? [a-z0-9:]+(?: (?:am|pm|oclock|tonight|today))? )?`],
      // (C) "I'm here whenever you're ready" tells the patron to take their time: no invitation back
      [5, r`|if|whenever`, r`(?! (?:youre|you are|u are|ur|u r) ready\b)`],
    ],
    r`\bfind (?:us|me)\b(?<=\bknow where to find (?:us|me))`,
    r`\b(?:shout|bell|buzz)\b(?<=\bgive (?:us|me) a (?:shout|bell|buzz))`,
    r`\bagain\b(?<=\b(?:need|want) (?:us|me) again)`,
  ),
  // (A, outside the focus, met in whole sessions) the end announced for a text "thread" ("closing this
  // thread now"); "from / on your phone" is the patron's device, not their contact ("Will you be
  // printing from your phone?" asks about the need). "Does that suit?": completeness, below
  willEnd: v7.widen('willEnd', [
    [0, r`(?:(?:this|the|our|your) )?(?:`, r`thread|text thread|`],
    [2, r`(?:(?:this|the|our) )?(?:`, r`thread|text thread|`],
  ]),
  patronContactContext: v7.swap(
    'patronContactContext',
    0,
    r`\byour (?:email|address|phone|number|cell|contact|mobile)\b(?<!\b(?:from|on|using|via|with) your (?:phone|cell|mobile))`,
    // (C) the provider asking to use the patron's contact: "Shall we write to the address on the request,
    // ayoade.b@…?" (not "You can write to the address on their website, info@…": the patron is to write)
    r`\b(?:shall|should|may|can) (?:we|i) (?:write|reply|respond|send (?:it|them|this|that|the [a-z]+)) to\b`,
    r`\b(?:address|email|number|phone)\b(?<=\bthe (?:address|email|number|phone)) (?:on|from) (?:the|your|this) (?:request|account|file|record|form|ticket)\b`,
  ),

  // ---- v7 (B): the middle of the chat: holds, clarifying, sources, completeness, referrals
  // (test/seventh-round-middle.test.ts)
  // Completeness in more words: "does that make more sense now?"; "Does that sort the first one?";
  // "Do these look like your kind of thing?"; a bare "That get you sorted?"; "Is it opening / loading
  // for you now?", "Does it open that way?" (the fix just given, with a cue that it is about now: not
  // "Does it open in a new tab?", "Is it loading slowly?"); "Is that the format you were after?" (not
  // "Is this for the class you were telling me about?"); "Did I miss anything in your question?" (not
  // "Did I miss your question?"). (C) After an answer: "Is that the sort of thing you're after?",
  // "Did that turn him up?", "Could that be him?", "Did that sheet show your block?", "Is that the part
  // you were stuck on?" (not "Could that be the problem?", "Does the screen show an error?")
  completeness: v7.widen(
    'completeness',
    [
      // "Would that help?", "Would that work for you?" (givenNotOffered tells them from offers)
      [0, r`\b(?:does|did|do|has|have|is|was|were|will|wont`, r`|would`],
      [0, r`make `, r`(?:more |better |a bit more |any more )?`],
      [0, r`sort (?:it|that|you|u`, r`|the (?:[a-z]+ )?(?:one|part|question|bit|issue|problem)`],
      [0, r`look (?:right|good|`, r`like (?:your|ur) (?:kind|sort|type|style|cup of tea)\b|`],
      [21, r`(?:that|this|it) (?:`, r`(?:get|gets|got) (?:you|u) (?:sorted|set|there|going|in)\b|`],
      [2, r`(?:thing|info|information|[a-z]+) (?:you|u|your`, r`|youre|youve`],
      // (A) "Does that suit?", "Is that the era you need?"
      [0, r`){0,3}?(?:answer|`, r`suit|suits|`],
      [27, r`(?:info|information|`, r`era|period|years|dates|issues|editions?|versions?|office|hours|times|class|classes|room|branch|`],
      // (E) "Is that helping?"; "Is that the right dissertation / obituary / census?" (a record given; the
      // list still leaves out "Is that the right email?", which confirms a contact)
      [1, r`(?:helpful|`, r`helping|`],
      [1, r`the right (?:one|ones|`, r`dissertations?|thesis|theses|persons?|family|years?|dates?|maps?|reports?|issues?|photos?|obituary|obituaries|obit|directory|census|listings?|entry|entries|files?|documents?|papers?|study|studies|chapters?|class|classes|programs?|sections?|statutes?|laws?|bills?|cases?|branch|grave|plot|recording|recordings|`],
      // (E) "¿Le sirven estos libros?": the plural (not "Las copias sirven para…", no pronoun)
      [12, r`(?:sirve|`, r`sirven|sirvieron|ayudan|ayudaron|funcionan|funcionaron|`],
    ],
    // (keyed on the verb, the subject in a lookbehind: "is", "it" open too many sentences)
    r`\b(?:opening|loading|downloading|displaying)\b(?=[?.!]|$| (?:now|for (?:you|u)|ok|okay|properly|correctly|again|that way)\b)(?<=\b(?:is|are|isnt|arent) (?:this|that|it|everything|those|these|things|they|the [a-z]+) (?:opening|loading|downloading|displaying))`,
    r`\b(?:open|opens|load|loads|download|downloads)\b(?=[?.!]|$| (?:now|for (?:you|u)|ok|okay|properly|correctly|fine|that way|this time)\b)(?<=\b(?:does|did|do|will) (?:it|that|this|they|those|these|the [a-z]+)(?: (?:now|still|finally))? (?:open|opens|load|loads|download|downloads))`,
    r`\b(?:after|looking for|hoping for|wanted|needed|picturing|had in mind|meant)\b(?<=\b(?:is|was|are|were|isnt|wasnt) (?:this|that|these|those) (?:the |a |an )?(?:[a-z-]+ ){0,3}(?:you|u) (?:were |are |was )?(?:after|looking for|hoping for|wanted|needed|picturing|had in mind|meant))`,
    r`\b(?:miss|missed|skip|skipped|overlook|overlooked|leave out|left out)\b(?<=\b(?:did|have) (?:i|we) (?:miss|missed|skip|skipped|overlook|overlooked|leave out|left out))(?= (?:anything|something|any part|a part|part of)\b)`,
    r`\bturn(?:ed)? (?:(?:him|her|them|it) up|up (?:him|her|them|anything|something|what))\b(?<=\b(?:did|does|do|has|have) (?:that|this|it|these|those|the [a-z]+) turn(?:ed)? [a-z]+ [a-z]+)`,
    r`\bbe (?:him|her|them|the one|the ones|it)\b(?=[?!. ]*$)(?<=\b(?:could|might|can|would) (?:that|this|it|these|those|he|she) be [a-z ]{2,8})`,
    r`\bshow (?:him|her|them|your [a-z]+|what (?:you|u))\b(?<=\b(?:did|does|do) (?:that|this|it|these|those)(?: [a-z]+)? show [a-z ]+)`,
    // (D) a bare "Is that the one?" after a title was given
    r`\bone\b(?=[?!. ]*$)(?<=\b(?:is|was|isnt|wasnt) (?:that|this|it) the one)`,
    r`\bstuck on\b(?<=\b(?:is|was|are|were) (?:this|that|it|these|those) the (?:part|bit|step|section|question|page|one|problem|thing) (?:you|u|youre|you were|you are|u were)(?: [a-z]+)? stuck on)`,
    // (E) after a long answer: "Is that a list you can work with?", "Are those something you can use?"
    // (ending the question; not "Is there a computer you can use?", nor "Is that a laptop you can use at
    // home?"); "Does that sound like her?", "Does this sound like your building?" (a record given; not
    // "Does that sound like a plan?")
    r`\b(?:work with|use)\b(?<=\b(?:is|are|was|were) (?:this|that|these|those|it) (?:a |an |the |something |enough |stuff )?(?:[a-z-]+ ){0,2}(?:you|u) (?:can|could) (?:work with|use))(?=[?!. ]*$)`,
    r`\bsound like (?:him|her|them|the one|the ones|(?:your|the right) [a-z]+)\b(?<=\b(?:does|do|did) (?:that|this|it|these|those|she|he|they) sound like [a-z ]+)`,
  ),
  // "If I'm following you, you want the 2019 rules" (not "if I'm following the steps right")
  restatement: v7.plus('restatement', r`\bif (?:im|i am|were|we are) (?:following|reading|understanding|hearing) (?:you|u|this|that|your question)(?: (?:right|correctly))?\b`),
  // the provider's own library's labs and makerspaces: "stop by the Media Lab on the 2nd floor"
  referralParty: v7.widen('referralParty', [[0, r`\b(?:office|`, r`labs?\b|makerspaces?\b|`]]),

  // ---- v7 (C): follow-ups, idle patrons, disconnects, transfers, resolution codes
  // (test/seventh-round-followup.test.ts)
  // "You'll be hearing from our genealogy specialist by Wednesday" (not only "hear from"); Spanish
  // futures of the third person and "contestar": "Nuestro equipo le contestará por correo el lunes"
  followupPromise: v7.widen('followupPromise', [
    [4, r`\bhear`, r`(?:ing)?`],
    [8, r`(?:enviaremos|`, r`contestaremos|contestare|contestara|respondera|enviara|mandara|escribira|llamara|contactara|`],
  ]),
  // "I'll text the link to 410-555-0161 tonight", "we'll email the scans to that address": the
  // patron's number or address as the target, the subject in a lookbehind (not "Please text the
  // form to 410-555-0100": the patron is to send)
  followupSend: v7.widen(
    'followupSend',
    // (D) "I'll scan the 1987 minutes and email them to you": email / text as the verb, digits among the words
    [
      [0, r`) (?:[a-z`, r`0-9`],
      [0, r`(?:send|forward|mail|post|pass along|deliver`, r`|email|text`],
    ],
    r`\b(?:text|email|send|forward|mail)\b(?<=\b(?:ill|i will|we will|well|i can|we can|shell|hell|theyll|going to|gonna) (?:then |also |just )?(?:text|email|send|forward|mail)) (?:[a-z]+ ){1,4}?to (?:(?:this|that|the same|your) (?:number|address|email|email address|cell|phone|inbox)\b|\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b)`,
  ),
  // an address typed with spaces around its dots: "r.obuya @ stateu . edu", "g.fairweather @ yahoo . com"
  email: v7.plus(
    'email',
    r`(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]{0,63} ?@ ?[a-z0-9-]{1,63}(?: ?\. ?[a-z0-9-]{1,63}){0,3} \. ?(?:com|org|net|edu|gov|us|ca|uk|au|nz|ie|mx|es|io|co|info|me)\b(?!-)`,
  ),
  // "I'm not hearing back from you, so I'll…" (not "if I'm not hearing back…", a condition); a rule
  // about inactivity is no sign the patron has gone: "This chat will close automatically after 10
  // minutes of inactivity" (but "Closing due to inactivity" still is)
  seemGone: replaced(
    7,
    r`\b(?:idle|inactive|inactivity)\b(?<!\b(?:will|automatically|may|can|could|would|does|do)(?: [a-z]+){0,5} after (?:\d+|[a-z]+) (?:[a-z]+ )?(?:minutes?|mins?|seconds?|hours?) of (?:idle|inactive|inactivity))`,
    v7.widen('seemGone', [
      [3, r`(?:i|we`, r`|im|were|i am|we are`],
      [3, r`(?:heard|hear`, r`|hearing|getting|seeing`],
    ]),
  ),
  // "I'm bringing in our teen librarian, Tasha, who can take it from here!" (not "bring in your card")
  transferNotice: v7.widen(
    'transferNotice',
    [[1, r`\b(?:`, r`who can|who will|wholl|`]],
    r`\b(?:bringing|bring|looping) in (?:our|my|a|another) (?:[a-z]+ ){0,2}?(?:librarian|colleague|specialist|expert|staff member|coworker)\b`,
  ),
  // "Could that be him?" after a record was given asks about it; it offers nothing ("Could I email it?" still does)
  offerQuestion: v7.widen('offerQuestion', [[0, r`|could`, r`(?! (?:that|this|these|those) be (?:him|her|them|the one|the ones|it)\b)`]]),

  // ---- v7 (D): near misses, behaviours absent but something close there (test/seventh-round-nearmiss.test.ts)
  // "Hang on to your receipt", "hang onto it", "Hold on to your card number" tell the patron to keep something:
  // no hold ("Hang on, let me look", "hold on a sec" still are)
  hold: v7.widen('hold', [
    [11, r`hold (?:on|tight)`, r`(?! ?to\b)`],
    [11, r`|hang on`, r`(?! ?to\b)`],
  ]),
  // a time that is up in a rule or for something else: "when your time is up, it logs you off", "time's up on the
  // Ancestry trial" (not "your time is up", "time's up for today")
  dismissalHard: v7.widen('dismissalHard', [
    [0, r`(?:up|over|expired|run out|ended)\b`, r`(?! on (?:the|that|this|your|our|a) (?!(?:chat|session|call|conversation)\b)[a-z]+)(?<!\b(?:when|once|after|until|till|if|before|whenever) (?:your|the|our) time (?:is|has) [a-z]+(?: out)?)`],
    [1, r`\btimes up\b`, r`(?! on (?:the|that|this|your|our|a) (?!(?:chat|session|call|conversation)\b)[a-z]+)(?<!\b(?:when|once|after|until|till|if|before|whenever) (?:your |the |our )?times up)`],
  ]),

  // ---- v7 (E): long and messy sessions (test/seventh-round-long.test.ts); completeness is widened in
  // place in (B) above; the referral lead-ins are the setting referralLeadInE
  // "see Ms. Greer at the Teen Desk", "see the reference librarian on the 2nd floor": visiting a titled
  // person or a desk or role (not "see the desk hours on our page", "see page 4", "see the guide")
  referralVerb: v7.plus(
    'referralVerb',
    r`\bsee(?= (?:(?:mr|mrs|ms|dr|miss|prof|professor|coach|officer|sister|father)\.? [a-z]+|(?:the|our|your|a|one of (?:the|our)) (?:[a-z-]+ ){0,2}(?:desk|librarians?|counselor|counsellor|advisor|adviser|registrar|nurse|pharmacist|doctor|lawyer|attorney|specialists?|staff|teacher|principal|clerk)\b(?! (?:hours|schedule|page|website|site|link|guide|section|list|policy|notes?|faq)\b)))`,
  ),

};

export const rubricV7: Rubric = {
  ...rubricV6,
  version: '7',
  phrases: phrasesV7,
  nameInPlaceA: true,
  serviceNameNotReferralB: true,
  nameWithSlash: true,
  nameNotOthersD: true,
  ownChatNotReferralD: true,
  referralLeadInE: true,
  givenNotOffered: true,
};

// ---- rubric v8: v7 with the families of an eighth round of sessions -------------------------------
// (test/eighth-round-*.test.ts). v7 above stays as it was.

/**
 * A block of v8's families: `base` with the families `block` derives from it. Each block below derives from
 * the one before it (G from v7, then H, I, F, and the second wave's J, K, M), so two blocks may widen the
 * same family: the later widens the earlier one's result (an `after` it names must still be there; F's
 * lookahead after "contact" comes after the blocks that insert after "contact|").
 */
function block(base: RubricPhrases, of: (v8: ReturnType<typeof deriving>) => Partial<RubricPhrases>): RubricPhrases {
  return { ...base, ...of(deriving(base)) };
}

// ---- v8 (G): Spanish, bilingual and non-native sessions end to end
const phrasesV8G = block(phrasesV7, (v8) => ({
  // (test/eighth-round-spanish.test.ts)
  // restatements: "O sea que busca información sobre…", "Entonces lo que usted necesita es…", "Entonces, ¿buscas…?",
  // "Entiendo que quiere saber…"
  restatement: v8.widen('restatement', [
    [8, r`(?:entonces|o sea|es decir),? `, r`(?:que )?(?:lo que )?`],
    [8, r`(?:busca|`, r`buscas|necesitas|quieres|estas buscando|anda buscando|andas buscando|quiere saber|quieres saber|`],
    [18, r`(?:busca|`, r`quiere saber|quieres saber|`],
  ]),
  // completeness in Spanish: "¿Eso era lo que necesitabas?", "¿Era esta la información que buscaba?" (past tenses:
  // about something given), "¿Es ese el libro?" (a record given, asked), "¿Le vale así?" (Spain), "¿Eso explica lo que
  // pasó?", "¿Responde esto a su pregunta?" (asked: "Eso explica el cargo." is a statement)
  completeness: v8.widen(
    'completeness',
    // "Esto es lo que necesita para inscribirse: …" states; "¿Es lo que necesita?" asks (the present tense only asked)
    [[14, r`busca|necesita)\b`, r`(?:(?<=\b(?:buscaba|necesitaba|buscabas|necesitabas))|(?=[^.!:;]*\?))`]],
    r`\b(?:esto|eso|esta|este|esa|ese) (?:es|era|fue|seria) (?:(?:la|el|los|las) [a-z]+ |lo )que (?:buscaba|necesitaba|buscabas|necesitabas|buscaban|necesitaban|queria|querias|esperaba|esperabas)\b`,
    r`\b(?:era|fue|seria|serian|eran) (?:esto |eso |esta |este |esa |ese |estos |esos |estas |esas )?(?:(?:la|el|los|las) [a-z]+ |lo )que (?:buscaba|necesitaba|buscabas|necesitabas|buscaban|necesitaban|queria|querias|esperaba|esperabas)\b`,
    r`\b(?:es|era|seria|son|eran|serian) (?:este|ese|esta|esa|estos|esos|estas|esas) (?:el|la|los|las) (?:libros?|titulos?|articulos?|formularios?|documentos?|registros?|paginas?|version|edicion|mapas?|fotos?|persona|autor|peliculas?|discos?|cancion|poema|programas?|horarios?|correctos?|correctas?|indicados?|indicadas?)\b(?=[^.!?]*\?)`,
    r`\b(?:es|era|seria|son|eran|serian) (?:este|ese|esta|esa|estos|esos|estas|esas) (?:el|la|los|las) que (?:buscaba|necesitaba|buscabas|necesitabas|queria|querias|busca|buscas|necesita|necesitas|quiere|quieres|pidio|pediste|leyo|leiste)\b`,
    r`\b(?:le|te|les) (?:vale|valen)(?: asi| eso| esto)?(?= ?\?)`,
    r`\b(?:esto|eso) (?:le |te |les )?(?:explica|aclara|soluciona|cubre)\b(?=[^.!?]*\?)`,
    r`\b(?:responde|contesta|resuelve|aclara|explica|soluciona|cubre) (?:esto|eso|esta informacion|esa informacion|la informacion)\b(?=[^.!?]*\?)`,
  ),
  // "¿Busca algo más específico, como un barrio?", "¿Algo más que recuerde del libro?" ask about the need in hand
  // (not "¿Algo más que necesite?", "¿algo más?")
  anythingElse: v8.widen('anythingElse', [
    [6, r`mas\b`, r`(?! (?:especific[oa]s?|concret[oa]s?|precis[oa]s?|detallad[oa]s?|recientes?|actual(?:es)?|antigu[oa]s?|sencill[oa]s?|facil(?:es)?|cort[oa]s?|larg[oa]s?|barat[oa]s?|nuev[oa]s?|viej[oa]s?|grandes?|pequen[oa]s?|avanzad[oa]s?|basic[oa]s?|academic[oa]s?|complet[oa]s?|que (?:recuerde|recuerdes|recuerda|recuerdas|sepa|sepas|sabe|sabes|me pueda decir|me puedas decir|nos pueda decir|pueda agregar|puedas agregar|quiera agregar|quieras agregar|haya intentado|hayas intentado|haya buscado|hayas buscado|diga|dice|digan|piden|pida|pidan)|de(?:l| la) (?:libro|trama|personaje|autor|portada|historia|tarea|proyecto|articulo))\b)`],
  ]),
  // the patron done: "si gracias, nada mas", "no, nada más por ahora" (not "nada más quería saber…", Mexican "only"),
  // "ya es todo", "eso era todo"; English as a second language: "thank you very much, is all", "is all i need" (not
  // "the book is all about…")
  patronDone: v8.plus(
    'patronDone',
    r`\bnada mas\b(?<=\b(?:gracias|si|no|ok|vale|bueno|listo|perfecto|eso)[ ,.!]+nada mas)(?=[ ,.!]*(?:$|gracias|por (?:ahora|hoy|el momento)))`,
    r`\b(?:ya|eso|esto) (?:es|era|seria|sera) todo\b(?! (?:lo|el|la|un|una|para|por|muy|mas)\b)`,
    r`\bnot (?:more|other|another|any more|anymore) questions?\b(?=[ ,.!]*(?:$|thank|thanks|gracias|for (?:me|now|today)))`,
    r`\ball\b(?<=(?:^|[.!,;] |\b(?:yes|no|ok|okay|thanks|good|great|fine|perfect|and|so) )is all)(?=[ ,.!]*$| (?:i|we) (?:need|needed|want|wanted)\b|[ ,.!]*(?:thank|thanks|gracias|for (?:me|now|today))\b)`,
  ),
  // check-ins: "¿Sigues por ahí?", "¿Está usted todavía en el chat?", "¿Me lee?"
  stillThere: v8.widen(
    'stillThere',
    [[7, r`(?:ahi|`, r`por ahi|por alli|por aca|`]],
    r`\b(?:sigue|sigues|esta|estas|continua|continuas) (?:usted |tu )?(?:todavia|aun) (?:ahi|alli|en el chat|en linea|conectad[oa]|por ahi|con nosotros|conmigo|en la conversacion)\b`,
    r`\bme (?:lee|lees|leen)\b(?= ?\?)`,
  ),
  // the patron gone: "Parece que ya no está en línea", "parece que se fue", "parece que usted se desconectó" (not
  // "parece que fue un error", "parece que ya no está disponible"); "Como ya no está en línea, …" (not "si ya no está…")
  seemGone: v8.widen(
    'seemGone',
    [[8, r`\bparece que `, r`(?:usted |ya )?`], [8, r`(?:desconect|`, r`fue\b(?<=\bse fue)|ya no (?:esta|estas|sigue|sigues) (?:en linea|conectad|en el chat|ahi|alli|con nosotros|presente)|no (?:esta|estas) (?:en linea|conectad)|`]],
    r`\bno (?:recibo|tengo|recibimos|tenemos) (?:respuesta|noticias|ninguna respuesta)\b(?<!\bsi no [a-z]+ [a-z]+)`,
    r`\bsin (?:responder|contestar|escribir|respuesta)\b(?<=\b(?:lleva|llevas|ha estado|has estado|rato|minutos) sin [a-z]+)`,
    r`\b(?<!\b(?:si|cuando|caso de que) )ya no (?:esta|estas|sigue|sigues) (?:usted |tu )?(?:en linea|conectad[oa]|en el chat|con nosotros)\b`,
  ),
  // holds: "dame un sec" (chat-speak "sec" reads "second"), "deme un segundito", "sigo en eso"; "un momento histórico",
  // "fue un momento importante", "está a un minuto caminando" are no holds
  hold: v8.widen(
    'hold',
    [
      [21, r`(?:momento|`, r`segundo|second|segundito|momentito|minutito|`],
      [19, r`(?:momento|`, r`second|`],
      [19, r`segundo|minuto)\b`, r`(?<!\b(?:fue|es|era|sera|seria|fueron|hubo|a|marco|vivio|vivimos|durante|cada) (?:un|1) [a-z]+)(?! (?:historic[oa]|importante|clave|dificil|especial|crucial|decisivo|unico|inolvidable|emocionante|tragico|triste|feliz|critico|significativo|memorable|oportuno|perfecto|ideal|dado|de (?:silencio|la historia|su vida|mi vida|nuestra historia|gloria|crisis|cambio|aqui|la biblioteca|distancia)|caminando|a pie|en (?:carro|coche|auto|bus|autobus|metro))\b)`],
    ],
    r`\b(?:sigo|estoy|seguimos|estamos) (?:en eso|en ello|con eso|con ello|trabajando en (?:eso|ello|su pregunta|tu pregunta|su consulta|tu consulta)|en la busqueda)\b`,
  ),
  // transfers: "Le voy a pasar con mi compañera Luz", "te paso a mi colega", "la voy a transferir con el equipo de…"
  transferNotice: v8.widen(
    'transferNotice',
    [[8, r`(?:te|le|lo|la) (?:`, r`voy a (?:pasar|comunicar|conectar|transferir) con|vamos a (?:pasar|comunicar|conectar|transferir) con|pasare con|comunicare con|conecto con|`]],
    r`\b(?:te|le|lo|la|los|las) (?:paso|pasare|voy a pasar|vamos a pasar|comunico|voy a comunicar|conecto|voy a conectar|transfiero|voy a transferir) (?:con |a )(?:mi|una|un|nuestra|nuestro|otra|otro|el|la) (?:compa|coleg|especialista|bibliotecari|persona|equipo|departamento)`,
  ),
  // referrals in Spanish: "Comuníquese lo antes posible con el Departamento de Vivienda", "Tiene que ir a la Oficina del
  // Seguro Social", "Póngase en contacto con…", "llame a la oficina…", "vaya a…"; the lead-ins "tiene que", "debe",
  // "le conviene"; "visite la página / el catálogo" is a source, not a party
  referralVerb: v8.widen('referralVerb', [
    [3, r`\b(?:contact|`, r`escribiendo a|llamando a|pedir (?:una )?cita (?:en|con)|hacer (?:una )?cita (?:en|con)|sacar (?:una )?cita (?:en|con)|comuniquese (?:[a-z]+ ){0,3}?con|comunicate (?:[a-z]+ ){0,3}?con|comunicarse con|pongase en contacto con|ponerse en contacto con|ponte en contacto con|contacte (?:a|con)|contactar (?:a|con)|contacta (?:a|con)|llame a|llamar a|llama a|vaya a|ir a|visite|visitar|escriba a|escribir a|acerquese a|pase por|`],
  ]),
  referralParty: v8.widen('referralParty', [[0, r`\b(?:office|`, r`sala de (?:investigadores|lectura|consulta|referencia)|mostrador|secretari[oa]|consejer[oa]s?|asesor(?:a|es|as)?|trabajador(?:a)? social|embajada|ministerio|policia|notari[oa]|`]]),
  referralActor: v8.widen('referralActor', [[8, r`(?:puede|`, r`tiene que|tendra que|tienes que|tendras que|debe|debera|debes|deberia|necesita|necesitas|necesitara|le conviene|te conviene|lo mejor es|lo mejor seria|le toca|hay que|`]]),
  referralNotParty: v8.plus('referralNotParty', r`^(?:la |el |los |las |su |tu |nuestra |nuestro |nuestras |nuestros |esta |este )?(?:pagina|paginas|sitio|sitio web|web|enlace|link|catalogo|base de datos|bases de datos|guia|aplicacion|app|portal|formulario|seccion)\b`),
  // limits of questions: "Solo puedo contestar una pregunta por sesión", "una sola pregunta por chat"
  dismissalHard: v8.plus(
    'dismissalHard',
    r`\b(?:solo|solamente|nada mas) (?:puedo|podemos|se puede|se pueden|contestamos|respondemos|atendemos|aceptamos|contesto|respondo) (?:contestar |responder |atender |aceptar |hacer |tomar |ayudarle con |ayudarte con )?(?:una|1|dos|2|tres|3|un maximo de (?:\d+|dos|tres|cinco)) (?:sola )?(?:preguntas?|consultas?)\b`,
    r`\b(?:una|1|dos|2|tres|3) (?:sola )?(?:preguntas?|consultas?) por (?:sesion|chat|persona|usuario|usuaria|dia|conversacion)\b(?<!\b(?:mas|menos) de [a-z0-9]+ (?:sola )?[a-z]+ por [a-z]+)`,
  ),
  // goodbyes: "¡Que esté bien!", "que pase buen día", "¡Buen fin de semana!", "que descanse", "chau"
  farewell: v8.plus(
    'farewell',
    r`\bque (?:este|estes|esten) (?:muy )?bien\b(?=[ !.,]*$|[ ]*[!.,])`,
    r`\bque (?:pase|pases|pasen|disfrute|disfrutes) (?:un |una |muy )?(?:buen|buena|linda|lindo|bonito|bonita|feliz|excelente|lindisimo) (?:dia|tarde|noche|fin de semana|semana|resto del dia)\b`,
    r`\b(?:buen|feliz|lindo) fin de semana\b`,
    r`\bque descanse(?:s|n)?\b`,
    r`\b(?:chau|hasta la vista)\b`,
  ),
  // invitations back: "puede volver a escribirnos cuando quiera", "vuelve a conectarte más tarde"
  inviteBack: v8.widen('inviteBack', [
    [9, r`(?:vuelva|`, r`volver|regresar|`],
    [9, r`a (?:contactar|`, r`conectar|conectarse|conectarte|chatear|preguntar|preguntarnos|`],
  ]),
  // third-person plural promises: "le escribirán el lunes", "le van a llamar mañana"
  followupPromise: v8.widen('followupPromise', [
    [8, r`(?:enviaremos|`, r`escribiran|enviaran|mandaran|llamaran|contactaran|contestaran|responderan|avisaran|`],
    [11, r`(?:voy a|`, r`van a|va a|`],
  ]),
}));

// ---- v8 (H): false fails: every behaviour present, phrased in ways not read before
const phrasesV8H = block(phrasesV8G, (v8) => ({
  // (test/eighth-round-falsefail.test.ts)
  // holds in more voices: "Give me two shakes", "won't be two ticks", "back in a flash", "back in a few" (not
  // "check back in a few days", "come back in a bit": the patron's doing; nor "it'll be back in two weeks"), "hang
  // fire a sec", "Still beavering away on this",
  // "I shall need a few minutes to consult our databases"
  hold: v8.widen(
    'hold',
    [
      [1, r`(?:moment|minute|second|bit|while|tick|jiffy`, r`|shake|sec|min`],
      [11, r`\b(?:`, r`(?:two|2) (?:shakes|ticks|secs|mins)\b(?<=\b(?:in|be|give me|gimme|back in|wont be|just) (?:two|2) [a-z]+)|wont be (?:a|one|just a|half a) (?:tick|sec|second|mo|moment|minute|min|jiffy)\b|back in (?:a (?:flash|jiffy|tick|sec|second|moment|mo|minute|min|bit)|(?:a |just a )?(?:few|couple|two|2|five|5)(?: (?:mins?|minutes|secs?|seconds|moments|ticks|shakes))?(?=[.!,]|$| (?:with|and|i|to)\b)|no time)\b(?<!\b(?:check|come|call|chat|try|log|pop|stop|swing|drop|text|write|look|go|get|sign|ring|phone|email|them|him|her|it|bring|put) back in (?:a |no |just a )?[a-z0-9]+(?: [a-z]+)?)|hang fire|`],
      [13, r`\bstill (?:`, r`beavering|plugging away|chipping away|ploughing through|plowing through|on the case|`],
      [29, r`(?: just| probably| might| may`, r`| shall`],
      // "Is it a book hold or an ebook hold on Libby?": a hold placed on a title, not "hold on"
      [11, r`(?<!\b(?:a|the|your|my|any|no|their|his|her|another|new|existing`, r`|book|ebook|audiobook|dvd|item|title|library|pending|active|placed|current|interlibrary|ill|loan|course|reserve`],
    ],
  ),
  // completeness in more idioms: "Does that hit the spot?", "Does that fit the bill?", "Does this address your
  // question?"; "Did I get at what you needed?", "Have I found what you were after?"; "Are you seeing it now?", "Can you see them OK?" (closing
  // the question: not "Are you seeing an error?"); a bare "Clear?" / "All clear?"; "Any good?"
  completeness: v8.widen(
    'completeness',
    [[0, r`|do the job`, r`|hit the spot|fit the bill|fill the bill|hit the mark|address (?:your|the|what)|addresses (?:your|the|what)`]],
    r`\b(?:did|have) (?:i|we) (?:get|got|give|given|find|found|dig up|dug up|turn up|turned up)(?: (?:you|u|at))? (?:what|everything|all) (?:you|u) (?:need|needed|wanted|were after|were looking for|asked for)\b`,
    r`\b(?:are|r) (?:you|u) (?:seeing|finding|getting|able to see) (?:it|them|that|this|those|these|everything)(?: (?:ok|okay|alright|all right|now|there|too|as well|fine))?(?=[?!. ]*$)`,
    r`\bcan (?:you|u) (?:see|open|read|get into) (?:it|them|that|this|those|these|everything)(?: (?:ok|okay|alright|all right|now|there|too|as well|fine))?(?=[?!. ]*$)`,
    r`^(?:(?:so|ok|okay),? )?(?:all |crystal )?clear(?: enough| so far)?\?`,
    // "Any good?", "Any use?" after the answer
    r`^(?:(?:so|and|ok|okay|well),? )?any (?:good|use|help)[?]`,
    // "hopefully that's what u were after?", "I hope that's what you needed?" (asked: a question mark ends it)
    r`\b(?:thats|that is|this is|those are|these are|its|it is) (?:exactly |more or less |roughly |kind of |sort of )?what (?:you|u) (?:(?:were|are|was|r) (?:after|looking for|hoping for)|needed|wanted|meant|had in mind)\b(?=[^.!?]*\?)`,
  ),
  // restating the need: "Just so I'm on the right track: you're after primary sources", "just so I'm clear,
  // you need…"; "to make sure I'm on the right track"
  restatement: v8.widen(
    'restatement',
    [[3, r`(?:on the same page|`, r`on the (?:right|same) (?:track|page)|`]],
    r`\bjust so (?:im|i am|were|we are) (?:on the (?:right|same) (?:track|page)|clear|not (?:off track|on the wrong track|misunderstanding)|understanding (?:you|u|this|that) (?:right|correctly))\b`,
  ),
  // named sources: a named manual cited ("per the Maryland Manual", "see the Chilton repair manual"; not "Let's
  // find you a manual", "in the manual transmission"); a citation in APA shape, author, initials, year ("Hershner, S. D.,
  // & Chervin, R. D. (2014).", "Buczynski et al. (2015)")
  namedResource: v8.plus(
    'namedResource',
    r`\bmanuals?\b(?! (?:labor|labour|transmissions?|override|mode|entry|entries|settings?|work|worker|workers|dexterity|wheelchairs?|cars?|focus|controls?|process|processes|search|searches|steps?|renewals?|payments?|checkout|check out|way|input|review|count|counts|therapy|handling)\b)(?<=\b(?:per|according to|see|in|from|check|consult|under|cited in|listed in) the (?:[a-z'-]+ ){1,3}manuals?)`,
    r`\b(?:1[5-9]|20)\d\d[a-z]?(?:, [a-z]+(?: \d{1,2})?)?\)(?=[.,:;]|$)(?<=(?:\b[a-z][a-z'-]+,(?: [a-z]\.){1,3}(?:,? (?:(?:&|and) )?[a-z][a-z'-]+,(?: [a-z]\.){1,3})*|\b[a-z][a-z'-]+ et al\.?) \((?:1[5-9]|20)\d\d[a-z]?(?:, [a-z]+(?: \d{1,2})?)?\))`,
  ),
  // the end announced after the patron seems gone: "If I don't hear back I'll assume you got disconnected
  // and close the chat"
  willEnd: v8.plus(
    'willEnd',
    r`\b(?:close|end|shut down|wrap up|terminate)(?: out)? (?:(?:this|the|our) )?(?:chat|session|conversation)\b(?<=\b(?:ill|i will|im going to|going to|gonna|well|we will|i shall)\b[^.!?]{1,60} and (?:then )?(?:close|end|shut down|wrap up|terminate)(?: out)? (?:(?:this|the|our) )?(?:chat|session|conversation))(?! (?:ticket|transcript|log|window|box|tab|app|feature|queue|history|record)s?\b)`,
  ),
  // "Don't be a stranger!"; "come see us again"
  inviteBack: v8.plus(
    'inviteBack',
    r`\bstranger\b(?<=\b(?:dont|do not|never) be a stranger)`,
    r`\bagain\b(?<=\bcome (?:see|visit) (?:us|me) again)`,
  ),
  // the patron done: "yes, exactly. done for now" (not "the renovation is done for now")
  patronDone: v8.plus(
    'patronDone',
    r`\bdone for (?:now|today|tonight|the day)\b(?<=(?:^|[.!,] |\b(?:yes|yeah|yep|ok|okay|thanks|great|perfect|cool|exactly|im|i am|were|we are|all|so) )done for [a-z ]+)`,
  ),
  // a transfer told as "I'm sending you their way", "passing you along her way", "I'm going to pop you across to
  // my colleague Siobhan", "bumping you over to the evening librarian"
  transferNotice: v8.widen(
    'transferNotice',
    [[2, r`(?:connect|connecting|pass|passing|hand|handing|move|moving|put|putting|send|sending|switch|switching|redirect|redirecting`, r`|pop|popping|bump|bumping|shunt|shunting|shift|shifting|route|routing`]],
    r`\b(?:send|sending|pass|passing|hand|handing|bump|bumping|route|routing) (?:you|u|your chat|this chat) (?:over |along |on )?(?:their|her|his|that) way\b`,
  ),
  // a third party's ability is no promise by the provider: "They can mail you a copy", "he could call you" (the
  // office the patron is referred to); "I can email it to you", "someone can call you" still are
  followupSend: v8.widen('followupSend', [[0, r`|let me|let us)`, r`(?<!\b(?:they|he|she|who|which) (?:can|could))`]]),
  followupPromise: v8.widen('followupPromise', [[3, r`|let me|let us)`, r`(?<!\b(?:they|he|she|who|which) (?:can|could))`]]),
  // "contact them at teens@fcpl.org and they'll send you the form": the party's address, not the patron's (as
  // "they can send you" already was)
  // and "I'll ring you back on 07700 900123" (the patron's number repeated, as "call you" already was)
  patronContactContext: v8.widen('patronContactContext', [
    [1, r`(?<!\b(?:they|he|she|who|which|them|office|clerk|staff`, r`|theyll|shell|hell|theyd|shed|hed`],
    [1, r`|reach you|call you`, r`|ring (?:you|u)|phone (?:you|u)|give (?:you|u) a (?:call|ring|bell)`],
  ]),
  // anything else, terse: "any more for me?", "got any more for us today?" (not "any more questions about the form?",
  // which asks about the need: the question ends there)
  anythingElse: v8.plus(
    'anythingElse',
    r`\bany (?:more|others?|further)\b(?<=(?:^|[.!?,] |\b(?:got|have|so|ok|okay|k|and|now) )any [a-z]+)(?: (?:questions?|qs|requests?))? for (?:me|us)(?: (?:today|tonight|now|then))?(?=[?!. ]*$)`,
  ),
  // a referral told as the patron's best bet: "Your best bet is the Register of Wills office - 410-…"
  // and "Have a word with the Student Accessibility Services folks", "have a chat with your advisor"; "the people to
  // talk to are the Financial Aid office - finaid@…", "the place to ask would be the county clerk"
  referralVerb: v8.plus(
    'referralVerb',
    r`\bthe (?:right |best )?(?:people|person|folks|ones|office|place|one) to (?:talk to|ask|contact|call|see|speak to|speak with|email|write to|visit|go to|check with) (?:is|are|would be|will be|is probably|would probably be)\b`,
    r`\bhave a (?:quick |brief )?(?:word|chat|talk) with\b`,
    r`\byour (?:best|next|first|quickest|easiest|safest) (?:bet|option|stop|port of call|move) (?:is|are|would be|will be|is probably|would probably be)\b`,
  ),
}));

// ---- v8 (I): quick ready reference, accounts and devices, difficult and cut-short sessions
const phrasesV8I = block(phrasesV8H, (v8) => ({
  // (test/eighth-round-quick.test.ts)
  // Spanish with the verb first: "¿Responde eso a su pregunta?", "¿Contesta esto tu duda?", "¿Resuelve su consulta?"
  // After device or account steps, whether they worked: "Everything working now?", "Did it let you in?", "Did that
  // get it sorted?", "Can you see it now?", "Did it go through?", "Is that clearer now?", "How did that go?"
  completeness: v8.widen(
    'completeness',
    [[1, r`(?:helpful|`, r`clearer|`]],
    // (not "Is that ok?", which asks consent to a plan)
    r`^(?:(?:so|ok|okay|and|is|are) )?(?:everything|all|things) (?:working|good|ok|okay|sorted|fixed|set|showing|loading)(?: (?:now|ok|okay|for (?:you|u)|on your end))*\?`,
    r`^(?:(?:so|ok|okay|and|is) )?(?:it|that) (?:working|sorted|fixed|showing|loading)(?: (?:now|ok|okay|for (?:you|u)|on your end))*\?`,
    r`\b(?:did|does|has|is) (?:it|that|this|the (?:app|site|page|link|system|catalog|printer|reset|code)) (?:let|lets|letting) (?:you|u) (?:in|log in|sign in|through|renew|download|borrow|print|connect|check out)\b`,
    r`\b(?:did|does|has) (?:that|this|it) (?:get|got|gotten) (?:it|things|everything|that|this) (?:sorted|fixed|working|resolved|going|done|figured out)\b`,
    r`\b(?:can|could) (?:you|u) (?:see|open|access|get into|log in|sign in|hear|read|print|connect)(?: to)?(?: (?:it|them|that|this|everything|the [a-z]+|your [a-z]+))? now\b`,
    r`\b(?:did|has) (?:it|that|this) (?:go through|gone through|come through|show up|shown up)\b`,
    r`\bhow (?:did|do|does) (?:that|this|it|those) (?:go|work|work out|turn out)\b`,
    r`\b(?:responde|contesta|resuelve|respondio|contesto|resolvio|responden|contestan|resuelven|aclara|aclaro)(?: (?:esto|eso|esta informacion|la informacion|el enlace|estos enlaces|estos datos))? (?:a )?(?:su|tu|sus|tus) (?:pregunta|preguntas|duda|dudas|consulta|consultas)\b`,
  ),
  // the patron done, in chat-speak or without a subject: "thats it 4 now", "got what I needed, thanks"
  patronDone: v8.plus(
    'patronDone',
    r`\bthats it 4 (?:now|today|me|tonight)\b`,
    r`^(?:(?:ok|okay|great|perfect|thanks|thank you|yes|yep|yeah|cool|awesome)[ ,.!]*)?got (?:everything|all|what) (?:i|we) (?:need|needed|wanted|was looking for|came for)\b`,
  ),
  // a limit of questions put as a rule ("Please keep questions to one per chat", "Enough questions for now"); a
  // limit reached that is of something else ("you've reached the max of 4 museum passes per year", "renew
  // twice; after that you've reached the limit") tells the patron a rule, it ends no help
  dismissalHard: v8.widen(
    'dismissalHard',
    [
      [
        4,
        r`allotment|allowance)\b`,
        r`(?! (?:of|on|for) (?!(?:your |the |my |our |this |\d+ |one |two |three |a few )*(?:questions?|chats?|sessions?|time|today|tonight|now|help)\b)[a-z0-9])(?<!\bafter (?:that|this|which|those|two|three|2|3|[a-z]+ renewals?)\b[a-z ,]{0,30})`,
      ],
    ],
    r`\b(?:keep|limit) (?:your |the |all )?questions? to (?:one|two|three|a single|\d+)\b`,
    r`\b(?:keep|limit) (?:it|this|things|each chat|each session|chats|sessions) to (?:one|a single|two|three|\d+) questions?\b`,
    r`^(?:(?:ok|okay|alright|right|well)[ ,]*)?(?:thats )?enough questions\b`,
  ),
  // ending the chat for the provider's other work: "I have other things to do", "I've got other work to get to"
  dismissalConvenience: v8.plus(
    'dismissalConvenience',
    r`\b(?:i|ive|i have|we|weve|we have) (?:have |got |)(?:other|more|some other) (?:things|stuff|work|tasks|duties|projects) (?:to|i need to|i have to|we need to) (?:do|get to|attend to|take care of|finish)\b`,
  ),
  // the service as one word with its hours: "Hi, AskUs 24/7 here.", "AskUs247"
  selfService: v8.widen('selfService', [[0, r`\b(?:`, r`askus ?24 ?/ ?7|askus247|`]]),
  // chat-speak for contacting or visiting: "hit up the ref desk when ur there", "hit the circ desk up"
  referralVerb: v8.widen('referralVerb', [[3, r`\b(?:contact|`, r`hit up|hitting up|`]]),
  // a Wi-Fi sign-in page that pops up by itself ("tap Accept on the page that pops up", "the splash page",
  // "the captive portal") is no page of information the patron is pointed to
  webPage: v8.widen('webPage', [
    [0, r`pagina web)\b`, r`(?<!\b(?:splash|pop ?up|popup|captive) (?:page|portal|site))(?! (?:that |which )?(?:pops|popped|comes|came|shows|showed) up\b)`],
  ]),
}));

// ---- v8 (F): cooperative and vendor transcripts: scripts, system lines, page pushes, backup providers
const phrasesV8F = block(phrasesV8I, (v8) => ({
  // (test/eighth-round-cooperative.test.ts)
  // The patron's own contact in a promise to answer: "I will get back to you by email at dk1950@…", "we'll
  // write back to you at …", "someone will follow up with you at …", "le responderemos a …" (no party's
  // contact, so no source: a contact is one only for a referral)
  // "I'm going to send you to your home library for that: call …" points the patron somewhere; it sends the
  // patron nothing ("I'll send it to you", "we can send you the scans" still are)
  patronContactContext: v8.widen(
    'patronContactContext',
    [[1, r`send (?:it |them |this |that )?(?:to )?(?:you|u)`, r`(?! (?:over |on |along |back |right )?to\b)`]],
    // (the provider's own promise: not "the archive will get back to you", "they'll write back to you")
    r`\b(?:get|getting|write|writing|reply|replying|respond|responding|circle|reach|follow|following|touch|be|keep|keeping) (?:back (?:to|with)|up with|base with|in touch with) (?:you|u)\b(?<!\b(?:they|he|she|who|which|theyll|shell|hell|office|staff|clerk|archive|archives|archivist|branch|library|someone|somebody|it|itll)(?: (?:can|could|will|would|may|should|might|usually|then|also|normally|typically|generally|soon|directly))* (?:get|getting|write|writing|reply|replying|respond|responding|circle|reach|follow|following|touch|be|keep|keeping) (?:back (?:to|with)|up with|base with|in touch with) (?:you|u))`,
    r`\b(?:le|les|te) (?:responderemos|respondere|escribiremos|escribire|contestaremos|contestare|enviaremos|enviare|mandaremos|mandare)\b`,
  ),
  // A web account is no party: "Go to your library account at ccplonline.org/myaccount and click Renew All",
  // "visit your online account", "head to My Account" (not "ask your account manager")
  referralNotParty: v8.plus(
    'referralNotParty',
    r`^(?:the |our |your |their |this |that |a |an )?(?:(?:library|librarys|online|web|patron|borrower|user|card|customer|student|my) ){0,2}(?:account|accounts|profile|login|log in|dashboard|inbox)\b(?! (?:manager|managers|rep|reps|representative|representatives|executive|executives|officer|officers|specialist|specialists|team|department|office|services|staff)\b)`,
  ),
  // "I'm going to send you to your home library for that: call Enoch Pratt at 410-…", "I'll point you to the
  // county, just email them at …": the patron is to call, the chat goes nowhere (a referral, no transfer)
  transferNotice: v8.widen('transferNotice', [
    [2, r`(?:to|with)\b`, r`(?![^.;!?]*?[:,-] ?(?:just |please |simply |then )?(?:call|phone|email|text|visit|contact|write to|stop by|drop by|ring)\b)`],
  ]),
  // Spanish wait macros: "[Script] Por favor espere mientras busco la información", "Aguarde, por favor.",
  // "un momento mientras lo reviso" (not "Espere unos 3 días hábiles para que llegue": no look-up, no chat)
  hold: v8.plus(
    'hold',
    r`\bmientras (?:le |lo |la |los |las |te |se lo |se la )?(?:busco|reviso|verifico|consulto|investigo|miro|checo|chequeo|averiguo|localizo|buscamos|revisamos|verificamos|consultamos|investigamos)\b`,
    r`\b(?:espere|espera|esperen|aguarde|aguarda|aguarden)(?<!\b(?:la|una|de|en|su|tu|sin|esta|larga|corta) (?:espere|espera|esperen|aguarde|aguarda|aguarden))(?: (?:por favor|un momentito|un momento|un segundo|un minuto))?(?=[.!,]|$)`,
  ),
  // The end of the session as the second verb of the provider's sentence: "I'll assume you've disconnected and
  // end this session", "I'm going to mark this resolved and close the chat" (not "you can click X and end the chat")
  willEnd: v8.plus(
    'willEnd',
    r`\b(?:end|close|terminate|disconnect|conclude)\b(?<=\b(?:ill|i will|im going to|i am going to|we will|well|were going to|i must|i have to|i need to|i shall)\b[^.!?;]{1,60}\b(?:and|then) (?:then |go ahead and |now )?(?:end|close|terminate|disconnect|conclude)) (?:(?:this|the|our|your) )?(?:chat|session|conversation)\b`,
  ),
  // "contact" as a noun: "You can find contact information for all Maryland libraries at …" (no one to contact)
  referralVerb: v8.widen('referralVerb', [
    [3, r`\b(?:contact`, r`(?! (?:info|information|details|form|forms|page|pages|list|lists|directory|sheet|numbers?|data)\b)`],
  ]),
  // Databases in general are no named resource: "your college library will have the best databases for
  // this", "look for the right databases" (a database named, "our databases page", "the databases at
  // aacc.edu/library" still are)
  namedResource: v8.widen('namedResource', [
    [0, r`\b(?:databases?`, r`(?<!\b(?:the best|best|good|great|better|some|many|several|lots of|plenty of|more|other|different|specific|specialized|specialised|right|relevant|appropriate|useful|helpful|certain|various|multiple|the right|the best) databases)`],
  ]),
  // A referral put as a condition the patron meets: "staff there will search it for you if you call
  // 301-777-1200", "they'll hold it if you just email them" (the verb right after "if you")
  referralActor: v8.plus('referralActor', r`\bif (?:you|u)(?: (?:just|simply|then|first|also|ever|want to|would like to|prefer to))?\s*$`),
}));

// ---- v8 (J): academic and school libraries end to end (second wave)
const phrasesV8J = block(phrasesV8F, (v8) => ({
  // (test/eighth-round-academic.test.ts)
  // completeness about research help: "Is that the level of detail you need?", "Are these the citations you needed?";
  // "Did I answer what you needed?";
  // "Is that a good starting point?", "Does that seem like a decent place to start?", "Is this a useful jumping-off point?"
  completeness: v8.widen(
    'completeness',
    [
      [27, r`(?:info|`, r`level of detail|amount of detail|detail|depth|data|figures|numbers|statistics|stats|citations?|formats?|journals?|databases?|studies|articles|sources|`],
      // "Did I answer what you needed?", "Have we covered everything you wanted?"
      [54, r`(?:get|got|`, r`answer|answered|cover|covered|`],
    ],
    r`\b(?:start|starting point|place to start|place to begin|jumping[- ]off point|beginning)\b(?<=\b(?:is|was|are|were|isnt|wasnt|does|did|would) (?:this|that|it|these|those)(?: (?:seem|look|sound|feel)(?: like)?)? (?:a |an )?(?:good|decent|useful|helpful|ok|okay|reasonable|solid|workable|fair|great) (?:start|starting point|place to start|place to begin|jumping[- ]off point|beginning))(?=[?!. ]*$| for (?:you|u|now|your [a-z]+)\b|\?)`,
  ),
  // anything else in research voices: "Anything quick before I go?", "Anything last for me?"; "Any other sources you're
  // hunting for?", "Any more articles you need?" (the question ends there: not "any other sources you've tried?")
  anythingElse: v8.plus(
    'anythingElse',
    r`\b(?:quick|last|final)\b(?<=\bany ?thing (?:quick|last|final))(?= before (?:i|we) (?:go|sign off|log off|wrap up|close|finish|head out)\b| for (?:me|us)\b| (?:i|we) can (?:help|do|look up|find|check)\b|[?!. ]*$)`,
    r`\b(?:hunting|looking|searching|after|needing|need|want|wanting)\b(?<=\bany (?:other|more|further|additional)(?: [a-z]+)? (?:sources?|books?|articles?|titles?|resources?|materials?|info|information|items?|stuff|data|citations?|journals?|databases?|readings?) (?:(?:you|u)(?:re| are|r)?|(?:do|did) (?:you|u)) (?:still )?(?:hunting|looking|searching|after|needing|need|want|wanting))(?=(?: for)?[?!. ]*$)`,
  ),
  // parting wishes: "Have fun with the report!", "have fun!"; "talk to you tomorrow", "speak to you then"
  farewell: v8.widen(
    'farewell',
    [[7, r`(?:soon|`, r`tomorrow|tmrw|tmr|then|next (?:week|time|class|semester)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|`]],
    r`\bfun\b(?<=\bhave fun)(?=[!.]|$| (?:with|on) (?:the|your|it|that|this|those|these)\b)`,
    r`\bspeak (?:to|with) (?:you|u) (?:soon|later|tomorrow|then|next (?:week|time))\b`,
  ),
  // referrals to book time with someone: "I'd recommend setting up a consultation with our history liaison, Dr. Mark
  // Chen (mchen@…)", "you can book a one-on-one with your subject librarian at …libcal.com/appointments", "request a
  // research appointment with"; "go see the folks at the IT Help Desk", "see your liaison librarian"
  referralVerb: v8.widen(
    'referralVerb',
    [
      [4, r`(?:the|our|your|a|one of (?:the|our)) `, r`(?:(?:folks|people|staff|team|crew|guys|someone|somebody) (?:at|in|from|on|over at) (?:the |our |your )?)?`],
      [4, r`(?:desk|`, r`liaisons?|tutors?|help ?desk|`],
    ],
    r`\b(?:set(?:ting)? up|arrang(?:e|ing)|request(?:ing)?|book(?:ing)?|schedul(?:e|ing)|mak(?:e|ing)) (?:an? |your |a free |a quick |a short )?(?:(?:one-on-one|one on one|1-on-1|1:1|individual|research|reference|virtual|zoom|in-person|in person|writing|tutoring|data) )?(?:appointment|consultation|consult|meeting|session|one-on-one|one on one|1-on-1|1:1) (?:with|at)\b`,
  ),
  // "I'd also recommend setting up…", "we'd highly recommend contacting…"; "go see the folks at the IT Help Desk", "head
  // over and ask the registrar" (an imperative "go" before the verb)
  referralActor: v8.widen(
    'referralActor',
    [[2, r`(?: strongly| really| definitely`, r`| also| highly| also strongly| also really`]],
    r`(?:^|[.!?,;:] |\b(?:then|just|so|and|or|first|please|also|maybe|probably) )(?:go|head|pop|run|swing)(?: (?:over|down|up|across|on over|right over))?(?: and)?\s*$`,
  ),
  // a Library of Congress call number with its year names a book on the shelf: "E449.D75 B58 2018, 2nd floor",
  // "call number QH308.2 .C34 2020" (keyed on the year, like v8 H's citations)
  namedResource: v8.plus(
    'namedResource',
    r`\b(?:1[5-9]|20)\d\d\b(?<=\b[a-z]{1,3}\d{1,4}(?:\.\d{1,4})?(?: ?\.?[a-z]\d{1,4}[a-z]?){1,2} (?:1[5-9]|20)\d\d)`,
  ),
  // "If I'm understanding right, you want studies that compare…", "if I'm reading correctly" (no object)
  restatement: v8.widen('restatement', [[21, r`(?:following|reading|understanding|hearing) (?:`, r`right\b|correctly\b|`]]),
  // a subject liaison is a named specialist: "our history liaison, Dr. Mark Chen (mchen@…)"
  referralParty: v8.widen('referralParty', [[0, r`\b(?:office|`, r`liaisons?\b|`]]),
}));

// ---- v8 (K): follow-ups, referrals, transfers and codes in new voices (second wave)
const phrasesV8K = block(phrasesV8J, (v8) => ({
  // (test/eighth-round-followups.test.ts)
  // "Someone from our Maryland Room will telephone you within two business days", "we'll be telephoning you": the
  // promise and its time
  // and "Expect my email before noon tomorrow", "watch for our call Thursday", "look out for my message"; chat-speak
  // "ill get back 2 u tmrw"
  followupPromise: v8.widen(
    'followupPromise',
    [[3, r`(?:email|call|phone|`, r`telephone|telephoning|`]],
    r`\b(?:expect|watch for|look out for|keep an eye out for)(?<!\b(?:dont|do not|never|not) (?:expect|watch for|look out for|keep an eye out for)) (?:my|our) (?:follow up |followup |next |first )?(?:email|e mail|call|phone call|message|text|reply|response|answer|update|scans?|list|report|note|letter)s?\b`,
    r`\b(?:get|getting|come|coming) back 2 (?:you|u)\b`,
  ),
  deliveryVerb: v8.widen('deliveryVerb', [[0, r`\b(?:send|`, r`telephone|phone|`]]),
  // The patron's address or number as the object: "I'll check with our teen librarian and email jaylen.h@… a list by
  // tomorrow", "I'll text 240-555-0121 the hours" (the provider's own sentence; "call them and email info@x.org" has
  // no "I'll" before it)
  followupSend: v8.plus(
    'followupSend',
    // (the address or number after the verb looked for first: the lookbehind's scan back is the dearer test)
    r`\b(?:email|e mail|text|message|send|forward|mail)\b(?= (?:it |them |this |that |those |these |everything |a copy |the [a-z]+ )?(?:to )?(?:[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b|\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b))(?<=\b(?:ill|i will|we will|well|im going to|i am going to|were going to|going to|gonna|let me)\b[^.!?;]{0,80}?\b(?:email|e mail|text|message|send|forward|mail))`,
  ),
  // "Does Chronicling America help for now?", "Did mdlandrec make sense?", "Is the memoir a good start?", "Are these a
  // good starting point?", "Did the iMAP layer download ok?" (a resource named as the subject; not "does your school
  // help…", which asks about the patron's situation)
  completeness: v8.widen(
    'completeness',
    [[37, r`(?:does|did|do|will) (?:it|that|this|they|those|these|the [a-z]+`, r`(?: [a-z-]+){0,2}`]],
    r`\b(?:help|helps|helped|make sense|made sense)\b(?<=\b(?:does|did|do|has|have) (?!(?:your|you|u|she|he|they|anyone|someone|somebody)\b)(?:[a-z0-9.-]+ ){1,3}(?:help|helps|helped|make sense|made sense))(?=(?: (?:at all|so far|for now|in the meantime|meanwhile|any|a bit|some|(?:you|u)(?: out)?|with (?:that|this|it|the [a-z]+)))*[?!. ]*$)`,
    r`\b(?:start|starting point|place to start|beginning|fit|match)\b(?<=\b(?:is|was|are|were|isnt) (?:(?:this|that|it|these|those) |(?:the|this|that|these|those) (?:[a-z-]+ ){1,2})an? (?:good |decent |useful |helpful |ok |okay |reasonable )?(?:start|starting point|place to start|beginning|fit|match))`,
  ),
  // a named person by title: "email Ms. Ortiz at cortiz@ccpl.org", "call Dr. Patel's office"
  referralParty: v8.widen('referralParty', [[0, r`\b(?:`, r`(?:mr|mrs|ms|mx|dr|prof|miss)\.? [a-z]+\b|`]]),
}));

// ---- v8 (M): noisy exports: no punctuation, capitals, line breaks, pasted text, typos in the key words (second wave)
const phrasesV8M = block(phrasesV8K, (v8) => ({
  // (test/eighth-round-noisy.test.ts)
  // typed fast: "anythign else?", "anyting els", "anythin else 4 u?", "ne thing else?", "nething more?"
  anythingElse: v8.plus(
    'anythingElse',
    r`\b(?:anythign|anyting|anythin|anythng|anyhting|anythig|anythiing|enything|nething|ne thing|anyting|any thign) (?:else|els|elese|esle|more|further)\b`,
    r`\bels\b(?<=\bany ?thing els)`,
  ),
  // "goodby!", "byeee <3", "buh bye"; "yay have fun!", "hope you have fun at storytime" as the last words
  farewell: v8.plus(
    'farewell',
    r`\b(?:goodby|good bye+|byee+|buh ?bye|bye+ bye+)\b`,
    r`\bfun\b(?<=(?:^|[.!?,:] |\b(?:yay|ok|okay|so|and|well|great|cool|now|oh|hope (?:you|u)|go) )have fun)`,
  ),
  // "does tht answer ur q", "did dat help"; "is that the one ur looking for?" ("ur" read "your")
  completeness: v8.widen('completeness', [
    [0, r`\b(?:does|did|do|has|have|is|was|were|will|wont|would)(?:nt)? (?:`, r`tht|dat|thta|taht|`],
    [38, r`(?:[a-z-]+ ){0,3}(?:you|u`, r`|your|youre`],
  ]),
  // "stil checkin...", "stil lookin"; "Still checkin on that"
  hold: v8.widen('hold', [
    [9, r`^(?:still`, r`?`],
    [9, r`(?:searching|`, r`checkin|`],
    [13, r`\bstill`, r`?`],
    [13, r`(?:beavering|`, r`checkin|`],
  ]),
  // "stil there?", "u stil ther?", "r u ther??"
  stillThere: v8.widen(
    'stillThere',
    [[1, r`\bstill`, r`?`]],
    r`\bther\b(?<=\b(?:stil|still|you|u|are you|anyone|anybody|some1|any1)(?: stil| still)? ther)`,
  ),
  // "ill get back 2 u by fri", "ill email it 2 u by tmrw"
  followupPromise: v8.widen(
    'followupPromise',
    [[3, r`(?:to |with `, r`|2 `]],
    r`\b(?:get|getting|come|coming) back 2 (?:you|u)\b`,
  ),
  // "looks like u got disconected", "you may have disconnectd"
  seemGone: v8.plus(
    'seemGone',
    r`\b(?:disconected|disconneted|disconnectd|dissconnected|disconnnected|discconnected|disconeccted)\b(?<=\b(?:you|u|we)(?:ve| have)?(?: (?:may|might|must|probably|just))?(?: have)?(?: been| got| gotten)? [a-z]+)`,
  ),
  // the service as a text line: "this is the hcpl txt line", "hcpl text service here"
  selfService: v8.widen('selfService', [[0, r`\b(?:`, r`(?:text|texting|sms) (?:line|service|desk|team)|`]]),
}));

const phrasesV8: RubricPhrases = phrasesV8M;

export const rubricV8: Rubric = {
  ...rubricV7,
  version: '8',
  phrases: phrasesV8,
  accountQuestionClarifyI: true,
  quotedTitleNotQuestionF: true,
  handoverWordsF: true,
  dashClauseH: true,
  ownNameLowerM: true,
  speakerLabelM: true,
  htmlBreaksM: true,
  bareTailQuestionM: true,
  clauseReferralsK: true,
};

// ---- rubric v9: v8 with the families of a ninth round of sessions ----------------------------------
// (test/ninth-round-*.test.ts). v8 above stays as it was. Each block derives from the one before it, as v8's do.

// ---- v9 (N): referrals and contacts: whose URL, e-mail or phone a sentence gives
const phrasesV9N = block(phrasesV8, (v9) => ({
  // (test/ninth-round-referrals.test.ts)
  // Getting in touch through social media: "DM the Hampden Community Council on Instagram", "message them on Facebook",
  // "send them a DM"; Spanish imperatives v8 lacked: "acuda al Consulado", "escríbele a la consejera", "llame al
  // 410-…", "vaya al MVA", "diríjase al", "pregúntele al", "ve a la oficina", "acércate a", "pásate por"
  referralVerb: v9.plus(
    'referralVerb',
    r`\b(?:dm|inbox|message|tweet at|send (?:them |him |her )?an? (?:dm|direct message) to)(?= (?:them|him|her|the|your|a|an|[a-z]+ (?:on|at|via|through)|(?:mr|mrs|ms|dr|prof)\.? [a-z]+)\b)`,
    r`\b(?:acuda|acude|acudir|vaya|ve|ir|dirijase|dirigete|llame|llama|llamar|llamale|llamalos|pase|pasate|acercate|acerquese) al\b`,
    r`\b(?:escribele|escribeles|escribale|escribales|llamale|llamales|llamelos|preguntale|preguntele|preguntales|consulte con|consulta con|dirigete a|ve a|acude a|acercate a|pasate por|mandale un (?:correo|mensaje|email) a|enviale un (?:correo|mensaje|email) a|enviele un (?:correo|mensaje|email) a)\b`,
  ),
  // an e-mail typed to dodge harvesters: "specialcollections (at) mdhs (dot) org", "askarchives[at]umd[dot]edu",
  // "info {at} hcpl {dot} org" (read only where classify.ts finds a bracketed "at", oddContactsN)
  email: v9.plus(
    'email',
    r`(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]{0,63} ?[\[({]at[\])}] ?[a-z0-9-]{1,63}(?:(?: ?[\[({]dot[\])}] ?|\.)[a-z0-9-]{1,63}){0,3}(?: ?[\[({]dot[\])}] ?|\.)(?:com|org|net|edu|gov|us|ca|uk|au|nz|ie|mx|es|io|co|info|me)\b`,
  ),
  // a phone typed with spaced or odd separators: "410 . 768 . 7000", "410 - 555 - 0100", "410/555-0100",
  // "(800)2221222"
  phone: v9.plus(
    'phone',
    r`(?<![\d./-])\(?\d{3}\)? ?[./-] ?\d{3} ?[./-] ?\d{4}(?![\d/-])`,
    r`(?<![\d./-])\(\d{3}\)\d{7}(?!\d)`,
  ),
}));

// ---- v9 (P): false passes: behaviours absent, something close present
const phrasesV9P = block(phrasesV9N, (v9) => ({
  // (test/ninth-round-falsepass.test.ts)
  // "Is this for a works-cited list…?" asks about the need: "works" inside "works-cited" is no "does it work(s)"
  // (nor "help-desk", "answer-key"); and "Is that her?" / "Is that him?" after an author or a record, "Did that
  // bring him up?", "Did the search turn anything up?" ask whether what was given meets the need
  completeness: v9.widen(
    'completeness',
    [
      [0, r`get (?:you|u) sorted)\b`, r`(?!-)`],
      // "Does your school cover the cost?", "Does the county help with that?": a question about someone else's part
      // (at the merge: only the party itself as the subject, its verb right after it; "Is the state roster what you
      // were looking for?" asks about a resource given)
      [0, r`|it|these|those|the `, r`(?!(?:school|teacher|professor|instructor|employer|insurance|landlord|doctor|job|company|college|university|district|county|city|state|bank|parents?|boss|office|court|government)(?: (?:also|still|usually|normally|typically|actually|even|ever|already))? (?:answer|answers|suit|suits|work|works|worked|help|helps|helped|cover|covers|covered|solve|solved|fix|fixed|resolve|resolved|give|gives|get|gets|have|has|take|takes|make|makes|meet|meets|look|looks|sound|sounds|do|does|pay|pays|offer|offers|provide|provides|accept|accepts|allow|allows|require|requires|need|needs|want|wants|say|says|let|lets|set|sets|point|points|address|addresses|sort|sorts|clear|clears|explain|explains)\b)`],
      [0, r`|your `, r`(?!(?:school|teacher|professor|instructor|employer|insurance|landlord|doctor|job|company|class|college|university|district|county|city|state|bank|parents?|mom|dad|boss|office|plan|library|branch)(?: (?:also|still|usually|normally|typically|actually|even|ever|already))? (?:answer|answers|suit|suits|work|works|worked|help|helps|helped|cover|covers|covered|solve|solved|fix|fixed|resolve|resolved|give|gives|get|gets|have|has|take|takes|make|makes|meet|meets|look|looks|sound|sounds|do|does|pay|pays|offer|offers|provide|provides|accept|accepts|allow|allows|require|requires|need|needs|want|wants|say|says|let|lets|set|sets|point|points|address|addresses|sort|sorts|clear|clears|explain|explains)\b)`],
      // "Does the Oak branch work for pickup?", "Does that time work for you?": a plan, not what was given
      [0, r`helped|work`, r`(?<!\b(?:time|times|date|dates|day|days|slot|slots|branch|branches|location|locations|place|pickup|pick up|appointment|appointments|hour|hours|morning|afternoon|evening|night|weekend|weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday) work)(?! for (?:pick ?up|pick-up|pickup|delivery|drop ?off)\b)`],
    ],
    r`\b(?:him|her|them)\b(?<=\b(?:is|was|are|were) (?:that|this|it|these|those) (?:him|her|them))(?= ?\?)`,
    // "Is the link working for you?", "Is that working now?"
    r`\bworking\b(?<=\b(?:is|are|was|were) (?:that|this|it|these|those|the (?:link|links|page|url|site|login|log in|password|pin|code|pass|app|database|ebook|download|reset|fix|steps?))(?: (?:now|ok|okay))? working)(?= ?(?:for (?:you|u) ?|now ?|ok ?|okay ?|properly ?|again ?)*\?)`,
    r`\b(?:bring|pull|turn)\b(?<=\b(?:did|does|has|will) (?:that|this|it|the search|the link|the search link) (?:bring|pull|turn)) (?:(?:him|her|them|it|anything|something|any(?: [a-z]+)?|the [a-z]+) up|up (?:him|her|them|anything|something|the [a-z]+))\b`,
  ),
  // "Anything else in the title you remember?", "anything else about the book that comes to mind?" ask about the
  // need in hand (they clarify), not whether the patron needs more
  anythingElse: v9.widen('anythingElse', [
    [0, r`\b(?! (?:`, r`(?:in|on|about|from|for) (?:the|your|that|this|his|her|its|their) (?:[a-z]+ )?(?:title|titles|book|books|plot|story|cover|author|character|characters|name|song|movie|film|show|article|paper|picture|photo|series|record|document|letter|map) (?:that )?(?:(?:(?:you|u) (?:can |could |might )?(?:remember|recall|know|noticed))|comes? to mind)|`],
  ]),
  // the service named as "<someone>'s chat": "Welcome to Enoch Pratt's chat!", "You've reached the Towson
  // University chat" (not "welcome to the chat", "this is our chat")
  selfService: v9.plus(
    'selfService',
    r`\bchat\b(?<=\b(?:welcome to|youve reached|you have reached|this is) (?:the (?!chat\b))?(?!(?:our|the|this|my|your|a|an|live|online|text|web|chat)\b)[a-z]+(?: [a-z]+){0,3} chat)`,
  ),
  // an encyclopedia, atlas or dictionary with "a", "any" or "some" before it names no resource ("any good world
  // atlas or encyclopedia will have it", "look it up in a dictionary"); "the catalog", "Britannica" still do
  namedResource: v9.widen('namedResource', [
    [0, r`|reference books?)`, r`(?<!\b(?:any|a|an|some|another)(?: [a-z]+){0,4} (?:atlas|atlases|encyclopedias?|dictionar(?:y|ies)|almanacs?|handbooks?|textbooks?|yearbooks?))`],
  ]),
  // a Wi-Fi sign-in page that opens by itself ("tap Accept on the page that opens / appears / loads") is no page
  // of information the patron is pointed to (as v8's "pops up")
  webPage: v9.widen('webPage', [
    [0, r`pagina web)\b`, r`(?! (?:that |which )?(?:opens|opened|appears|appeared|loads|loaded|will (?:open|appear|load|pop up|come up))\b)`],
  ]),
  // "I'll look into getting a copy for Elm with next month's order": buying for the collection later, not
  // looking something up while the patron waits
  notHold: v9.plus(
    'notHold',
    r`\b(?:look|looking|see|seeing) (?:into|about) (?:getting|ordering|buying|purchasing|adding|acquiring)\b`,
  ),
  // ending the help for the provider's convenience, said politely: "that's all the time I can give this one",
  // "I'm going to have to stop here", "I'll have to end here", "we'll have to leave it there for today"
  dismissalConvenience: v9.widen(
    'dismissalConvenience',
    [
      [10, r`the time (?:i|we) (?:`, r`can give|can spare|can spend|can devote|can offer|`],
      [10, r`thats all (?:`, r`the time (?:ive|weve) (?:got|had)|`],
    ],
    r`\b(?:stop|end|finish)\b(?<=\b(?:im going to|i am going to|were going to|we are going to|im gonna|going to have to|gonna have to|ill have to|i will have to|well have to|we will have to|i have to|we have to|i need to|we need to|i must|we must) (?:stop|end|finish))(?= (?:here|there|now|for (?:now|today|tonight))\b)`,
    // Spanish: "ya no tengo tiempo para más preguntas", "no tenemos más tiempo"
    r`\btiempo\b(?<=\bno (?:tengo|tenemos) (?:mas )?tiempo)`,
    r`\bleave (?:it|things) (?:there|here)\b(?<=\b(?:have to|need to|going to|gonna|must|lets|let us) leave (?:it|things) (?:there|here))(?= for (?:now|today|tonight)|[,.!;]|$)`,
  ),
  // limits of questions as help rationed: "I can only help with one more question today", "I can just squeeze in one
  // more question"; a time limit on chats: "We try to keep chats to 15 minutes", "we limit each session to 10
  // minutes"; Spanish "no puedo contestar más preguntas"
  dismissalHard: v9.widen(
    'dismissalHard',
    [[6, r`\b(?:only|just) (?:`, r`(?:help|assist) (?:(?:you|u) )?with|get to|squeeze in|fit in|`]],
    r`\bpreguntas?\b(?<=\bno (?:puedo|podemos) (?:contestar|responder|atender|tomar|ver) (?:mas|otra|otras) preguntas?)`,
    r`\b(?:keep|limit)\b(?<=\b(?:try to|have to|need to|must|we|i|please) (?:keep|limit)) (?:it|this|things|each chat|each session|chats|sessions|our chats|the chat|these chats|chat sessions) to (?:about |around |under |roughly |no more than )?(?:\d+|five|ten|fifteen|twenty|thirty) (?:minutes|mins)\b`,
  ),
  // parting wishes: "Safe travels!", "Drive safe!", "get home safely"
  farewell: v9.plus(
    'farewell',
    r`\bsafe (?:travels|trip|journey|drive)\b(?=[!.]|$| home\b)`,
    r`\bsafe(?:ly)?\b(?<=\b(?:travel|drive|get home) safe(?:ly)?)(?=[!.]|$)`,
  ),
  // offices that are parties: "call the Register of Wills", "your best bet is the Harford County Register of
  // Wills in Bel Air", "the Recorder of Deeds", "the county assessor", "the tax collector"
  referralParty: v9.plus('referralParty', r`\b(?:registers? of (?:wills|deeds)|recorders? of deeds|assessors?|treasurers?|tax collectors?)\b`),
  referralOnesToAsk: v9.widen('referralOnesToAsk', [
    [2, r`(?:[a-z&]+ ){0,4}?(?:`, r`registers? of (?:wills|deeds)|recorders? of deeds|assessors?|treasurers?|tax collectors?|`],
  ]),
  // "Our archivist is out today; I'll email it to you after I hear back from her": the day someone is out, not
  // when the information comes
  whenExpect: v9.widen('whenExpect', [
    [5, r`\b(?:tomorrow|today`, r`(?<!\b(?:is|are|was|were|shes|hes|theyre|im) (?:out|off|away|sick|not in|out sick|off sick|on leave|on vacation) today)`],
  ]),
}));

// ---- v9 (Q): everyday public library reference, whole sessions
const phrasesV9Q = block(phrasesV9P, (v9) => ({
  // (test/ninth-round-everyday.test.ts)
  // completeness: "Does that settle the trivia question?"; "Do either of those sound like your cup of tea?", "Does it sound
  // like what you had in mind?" (v8 had "look like your cup of tea" only); "Find anything that tickles your fancy?",
  // "Did any of those catch your eye?", "Anything take your fancy?" (asked of suggestions given)
  completeness: v9.widen(
    'completeness',
    [[0, r`(?:answer|suit|`, r`settle|settles|settled|sound like (?:(?:your|ur) (?:kind|sort|type|style|cup of tea)\b|(?:what|something) (?:you|u|she|he|they|your [a-z]+)\b)|`]],
    r`\b(?:fancy|eye)\b(?<=\b(?:tickles?|tickled|takes?|took|catch(?:es)?|caught|grabs?|grabbed|strikes?|struck) your (?:fancy|eye))(?=[^.!]*\?)`,
    // a resource named as the subject: "Is the guide helpful for now?", "Are the census pages useful?", "Was my last link any
    // more helpful?" (v8: "is this/that/it helpful" only)
    r`\b(?:helpful|useful)\b(?<=\b(?:is|was|are|were|isnt|wasnt|arent|werent) (?:the|this|that|these|those|my|our) (?:[a-z0-9-]+ ){1,3}(?:(?:at all|so far|any|any more|more|a bit|somewhat|still) )?(?:helpful|useful))`,
    // a record found, asked about as the patron's own: "Is that your grandfather?", "Are these your ancestors?", "Is this
    // your house?" (keyed on the last word: "is" is everywhere)
    r`\b(?:guy|man|woman|lady|person|family|ancestors?|relatives?|grand(?:mother|father|ma|pa|parents?)|great ?(?:grand[a-z]+|uncle|aunt)|mother|father|mom|dad|uncle|aunt|cousin|brother|sister|husband|wife|son|daughter|folks|house|farm|church|obituary|obit|notice|record|article|photo|picture|regiment|ship)\b(?= ?\?)(?<=\b(?:is|was|are|were|isnt|wasnt) (?:that|this|these|those|it|they) (?:your|ur) (?:[a-z-]+ )?[a-z-]+)`,
  ),
  // "Anything else on your list?" asks for more (the patron's list of questions; "anything else on your reading list /
  // on the list your teacher gave you" still asks about the need)
  anythingElse: v9.widen('anythingElse', [[0, r`|worksheet|list`, r`(?<!\bon your list)`]]),
  // the patron done: "that's all we need" (v8 read "that's all we…" as "that's all we have"); "You've answered everything
  // I wanted to know", "you answered all my questions", "that answered everything"
  patronDone: v9.widen(
    'patronDone',
    [[0, r`|they|we`, r`(?! (?:need|needed|want|wanted|were after|were looking for|came for)\b)`]],
    r`\banswered\b(?<=\b(?:youve|you have|you|u|youve just|you just|that|thats|this|which|its) answered) (?:everything|all (?:of )?(?:my|our) (?:questions?|qs)|all (?:i|we) (?:needed|wanted|had|was asking)|all of it|it all)\b`,
  ),
  // parting wishes: "Safe travels!", "have a safe trip", "drive safe!", "Please drive safely", "Take good care!"
  farewell: v9.plus(
    'farewell',
    r`\bsafe (?:travels?|trip|journey|drive|driving|flight|flying|home)\b(?<=(?:^|[.!?,;:] |\b(?:a|and|wishing you|wish you|ok|okay|well|now|oh|so|hope you have a) )safe [a-z]+)`,
    r`\b(?:travel|drive|fly) (?:safe|safely)\b(?<=(?:^|[.!?,;:] |\b(?:and|please|ok|okay|so|well|now|oh) )[a-z]+ [a-z]+)`,
    // "Take good care!", "take good care of yourself" (v1's "take care" only)
    r`\btake (?:good|real|extra|great) care\b(?= of (?:yourself|yourselves|you|u)\b|[ !.,]*$|[!.,])`,
  ),
  // parties: a library's named rooms ("call the C. Burr Artz Library's Maryland Room at 301-…", "the Reading Room"), help
  // and crisis lines ("call or text the 988 Suicide & Crisis Lifeline (988lifeline.org)", "the Nurse Line", "a helpline")
  referralParty: v9.plus(
    'referralParty',
    r`\brooms?\b(?<=\b(?:maryland|reading|history|genealogy|heritage|special collections|rare books?|law|research|maps?|microfilm|microforms?|periodicals?|archives?|newspapers?|local studies|manuscripts?|music|media) rooms?)`,
    r`\b(?:lifelines?|helplines?|warmlines?)\b`,
    r`\blines?\b(?<=\b(?:help|crisis|nurse|advice|support|tip|info|information|crisis text) lines?)`,
  ),
  // "For 2019 you'd call the county's Bureau of Revenue at …": "you'd" before the referring verb is a lead-in
  referralActor: v9.plus(
    'referralActor',
    // (tested on the text before the verb: "you'd" ends it)
    r`\byoud\b(?=(?: (?:just|probably|then|first|also|simply|still|normally|usually))? ?$)`,
  ),
  // "they'll get it to you within 3 business days", "I'll get both census pages to you by Friday", "she can bring them to you at
  // the desk tomorrow" (not "I'll get it to you in a moment", not "when you get it to us")
  followupPromise: v9.plus(
    'followupPromise',
    r`\b(?:get|bring)\b(?<=\b(?:ill|i will|well|we will|shell|hell|theyll|they will|she will|he will|someone will|staff will|i can|we can|they can|she can|he can) (?:[a-z]+ )?(?:get|bring)) (?!back\b)(?:[a-z0-9]+ ){1,6}?to (?:you|u)\b(?! (?:in (?:just )?(?:a|one) (?:moment|minute|second|sec|bit|tick|jiffy)|in (?:a )?(?:few|couple|two|2) (?:moments|minutes|mins|seconds|secs)|momentarily|shortly|right (?:away|now)|now|here|in (?:this|the|our) chat)\b)`,
  ),
  // ending the help because of the time already spent: "I've already spent quite a while on this one, so I'm going to end
  // the chat here", "we've been at this for a long time, so I need to stop here", "I've given you a lot of time already, so
  // I'll close the chat" (no way back: closing.no_dismissal fails)
  dismissalConvenience: v9.plus(
    'dismissalConvenience',
    r`\b(?:spent|devoted|given (?:you|u|this|it)|been at (?:this|it)|been on (?:this|it))\b(?<=\b(?:i|ive|i have|we|weve|we have|already|now)(?: already| now)? (?:spent|devoted|given (?:you|u|this|it)|been at (?:this|it)|been on (?:this|it)))(?= (?:[a-z]+ ){0,5}?(?:a while|quite a while|quite some time|some time|a long time|long enough|enough time|too much time|a lot of (?:my )?time|lots of time|plenty of time)\b[^.!?]{0,60}\b(?:(?:end|close|wrap up|stop|finish)(?: (?:the|this|our) (?:chat|session|conversation)| (?:here|now|there)| things (?:up|here))|let (?:you|u) go|sign off|log off)\b)`,
  ),
  // domains: mcpl.link, a library's .page or .blog
  url: v9.widen('url', [[1, r`\.(?:com|org|`, r`link|page|blog|city|live|tech|xyz|`]]),
}));

// ---- v9 (R): policies, limits, difficult patrons and dismissals
const phrasesV9R = block(phrasesV9Q, (v9) => ({
  // (test/ninth-round-policies.test.ts)
  // A chat's time limit, a limit of questions or a last question, said in other words: "Our chat sessions are limited
  // to 20 minutes" (a chat as the subject: "Tutoring sessions are limited to 30 minutes" is another service's rule),
  // "sry, we do 1 q per chat" ("q" reads "que"), "I can take one more question and then I'll need to close". Not
  // "There's no such thing as too many questions!", "You haven't asked too many", "Let's keep it to one question at
  // a time" (pacing the chat, not a limit)
  dismissalHard: v9.widen(
    'dismissalHard',
    [
      [5, r`questions\b`, r`(?<!\b(?:such thing as|never|no|not|worry about asking|cant ask|cannot ask|could never ask|never ask|never asking|isnt asking|arent asking) too many questions)`],
      [8, r`\basked`, r`(?<!\b(?:havent|have not|hasnt|has not|never|not|didnt|did not|dont|wasnt|werent) asked)`],
      [23, r`|\d+)\b`, r`(?! (?:at a time|at once|each time)\b)`],
      [24, r`questions?\b`, r`(?! (?:at a time|at once|each time)\b)`],
      // "I'm only able to spend about 10 minutes on each question"
      [6, r`\b(?:only|just) `, r`(?:(?:be |am |are )?able to |allowed to |permitted to |have time to |got time to )?`],
      [6, r`(?:up to `, r`|about |around |roughly |approximately `],
      [6, r`(?:per|`, r`on each|on every|`],
    ],
    r`\b(?:limited|restricted) to (?:about |around |only |just )?(?:\d+|one|two|three|four|five|ten|fifteen|twenty|thirty) (?:minutes?|mins?|questions?)\b(?<=\b(?:chats?|chat sessions?|chat conversations?|text sessions?|conversations?|questions?) (?:are |is |were |get |gets )?(?:usually |generally |normally |typically |all )?(?:limited|restricted) to [a-z0-9 ]{4,24})`,
    r`\bper (?:chat|session|text|text session|conversation|sms|visit|patron|person)\b(?<=\b(?:one|1|a single|two|2|three|3) (?:q|que|qs|question|questions|query|queries|inquiry|inquiries) per [a-z ]+)(?<!\b(?:tutoring|tutor|lawyer|hotline|line|class|exam|test|quiz|survey|form|page)\b[^.!?]{0,60})`,
    // Spanish: "Tenemos un límite de 15 minutos por chat", "se cumplió su tiempo"
    r`\blimite de (?:\d+|cinco|diez|quince|veinte|treinta) (?:minutos|min)\b(?= (?:por|para cada|en cada) (?:chat|sesion|conversacion|consulta|pregunta|persona|usuario)\b)`,
    r`\bse (?:le |te |nos )?(?:cumplio|agoto|vencio) (?:su|tu|el|nuestro) tiempo\b`,
    r`\bmore (?:question|q|que)\b(?<=\b(?:i|we) (?:can|could|have time to|only have time to|only have time for|have time for|can only|will|will only|can just) (?:take |answer |do |handle |help with |squeeze in |get to )?(?:just |only )?(?:one|1) more (?:question|q|que))`,
  ),
  // Ending the help for the provider: "that's all the time I can give this question today"; Spanish "ya me tengo q
  // ir, termina mi turno"; a reason of the provider's and the end in one sentence: "I've helped with quite a lot
  // today, so I'm going to go ahead and close our chat now", "We've gone over this several times now, so I'm
  // ending the chat" (not "You seem to have left, so I'll close the chat": the patron seems gone)
  dismissalConvenience: v9.widen(
    'dismissalConvenience',
    [
      [10, r`the time (?:i|we) (?:`, r`can (?:give|spend|devote|put into|offer)|`],
      [8, r`\b(?:`, r`me tengo que (?:ir|retirar|desconectar|cerrar)|(?:termina|acaba|se acaba|se termina|termino|se acabo) mi turno|ya me voy|`],
    ],
    r`\b(?:end|ending|close|closing|wrap up|wrapping up|disconnect|disconnecting) (?:the|this|our) (?:chat|session|conversation)\b(?<=\b(?:(?:helped|assisted|covered|answered|done|given)(?: you)?(?: with)?(?: quite| rather)? (?:a lot|lots|plenty|so much|a great deal|quite a bit)(?: of (?:questions|help))?|(?:gone|been) over (?:this|that|it) (?:several|many|multiple|a few|a number of|so many|three|3|four|enough) times)(?: now| already| today| tonight| for (?:today|now))?[,;]? (?:so|and) (?:im|i am|ill|i will|i need to|i have to|i must|ive got to|i got to)(?: going to| gonna)?(?: go ahead and)? [a-z]+(?: up)? (?:the|this|our) [a-z]+)`,
    // "I've spent quite a bit of time on this already, so I'll stop here", "…, so I'm going to leave it there"
    r`\b(?:stop|leave it|leave things|leave this)\b(?= (?:here|there|now|for (?:now|today))\b)(?<=\b(?:(?:ive|i have|weve|we have) (?:already )?spent [a-z ]{0,25}?(?:time|a while|long|ages)(?: (?:on|with) (?:this|that|it|your [a-z]+))?|(?:helped|assisted|covered|answered)(?: you)?(?: with)?(?: quite| rather)? (?:a lot|lots|plenty|so much|a great deal|quite a bit)|(?:gone|been) over (?:this|that|it) (?:several|many|multiple|a few|a number of|so many|three|3|four|enough) times)(?: now| already| today| tonight| for (?:today|now))?[,;]? (?:so|and) (?:im|i am|ill|i will|i need to|i have to|i must|i think ill|i think i should|i should|well|we will)(?: going to| gonna| have to| need to)? (?:stop|leave it|leave things|leave this))`,
  ),
  // the queue as the reason: "as we have a busy queue tonight"; the provider's own other chats ("I need to get to my
  // other chats now"); Spanish "hay varias personas esperando"
  othersWaiting: v9.widen(
    'othersWaiting',
    [[1, r`(?:the `, r`|my |our `]],
    r`\bqueue\b(?<=\b(?:a|the|our|your) (?:very |really |super |pretty )?(?:busy|long|full|packed|big|heavy|crowded) queue)`,
    r`\b(?:personas|usuarios|gente|clientes|estudiantes) (?:que (?:estan|esta) )?(?:esperando|en espera|en (?:la )?cola|en (?:la )?fila)\b(?<=\b(?:otr[oa]s|varias|varios|muchas|muchos|mucha|mas) [a-z ]+)`,
  ),
  // Spanish ways back: "Puede escribirnos de nuevo cuando guste", "abra un nuevo chat", "vuelva a contactarnos"
  wayBack: v9.plus(
    'wayBack',
    r`\b(?:escribirnos|contactarnos|llamarnos|consultarnos|volver a (?:escribir|contactar|conectar|consultar|preguntar)|(?:abra|abre|abrir|inicie|inicia|iniciar|empiece|empieza) (?:un )?(?:nuevo chat|chat nuevo|nueva sesion|nueva consulta)|de nuevo|otra vez|mas tarde|manana)\b`,
  ),
  // the service's hours given as the way back: "If you ever do need help, we are here until 9.", "if you need anything
  // else we're open till 8 tonight" (v7 read "We're here till 9 tonight if…")
  inviteBack: v9.plus(
    'inviteBack',
    r`\b(?:until|till|til)\b(?<=\b(?:were|we are|im|i am|the library is|librarians are|chat is|the chat is|were open|we are open|were online|we are online) (?:always |usually )?(?:here|available|open|online|on) (?:until|till|til))(?<=\bif (?:you|u) (?:ever |still |later |do )?(?:do |also )?(?:need|want|have)\b[^.!?]{0,40})`,
  ),
  // a laugh or "good one" to a prank is an acknowledgement, no content ("Ha, good one.", "lol nice one")
  ack: v9.widen('ack', [[0, r`^(?:(?:ok|`, r`ha|hah|haha|hahaha|ha ha|heh|hehe|lol|lmao|good one|nice one|nice try|`]]),
  // "Do you have a library question I can help with?" offers help as the greeting does (a prank patron's session
  // has no clarifying question in it)
  greetingOffer: v9.widen('greetingOffer', [[5, r`do you have a `, r`(?:library |research |reference |real )?`]]),
  // health and legal professionals referred to: "llame a su pediatra", "ask your pediatrician", "see a therapist"
  referralParty: v9.plus(
    'referralParty',
    r`\b(?:pediatras?|medic[oa]s?|doctor(?:a|es|as)|farmaceutic[oa]s?|farmacia|enfermer[oa]s?|dentistas?|abogad[oa]s?|psicolog[oa]s?|terapeutas?|pediatricians?|physician|dentists?|therapists?|psychiatrists?|psychologists?|optometrists?|dietitians?|nutritionists?)\b`,
  ),
  // "What she should eat is a question for her doctor or a renal dietitian", "that's really a question for your
  // landlord", "es una pregunta para su médico" (the ones to ask)
  referralOnesToAsk: v9.plus(
    'referralOnesToAsk',
    r`\b(?:doctors?|physicians?|pediatricians?|pharmacists?|nurses?|dietitians?|nutritionists?|lawyers?|attorneys?|accountants?|tax preparers?|teachers?|professors?|instructors?|advisors?|advisers?|counsell?ors?|landlords?|employers?|vets?|veterinarians?|dentists?|therapists?|registrars?|clerks?|insurers?|insurance company|medicos?|doctoras?|abogad[oa]s?|pediatras?|maestr[oa]s?|profesor(?:a|es)?)\b(?<=\b(?:question|pregunta|one|una) (?:for|to ask|best asked of|para) (?:your|her|his|their|the|a|an|su|sus|tu|el|la|un|una) (?:own |usual |regular )?(?:[a-z]+ )?[a-z]+(?: [a-z]+)?)`,
  ),
  // whether a search tip worked: "Did that narrow it down?", "Does that narrow things down?"
  completeness: v9.plus(
    'completeness',
    r`\bnarrow (?:it|things|them|that|the (?:results?|list|search|hits)|your (?:results?|search|list)) down\b(?<=\b(?:did|does|has|have|is|will) (?:that|this|it|those|these|the (?:tip|filter|limit|trick|change)) (?:help )?narrow [a-z ]+)`,
  ),
  // a lead-in that names the way: "Then the quickest way is to call the Oak branch at …", "the best thing would be to
  // contact …"
  referralActor: v9.plus(
    'referralActor',
    r`\b(?:way|thing|option|route|step|move|idea)\b(?<=\b(?:quickest|fastest|easiest|best|simplest|surest|safest|only|next|other|better) (?:way|thing|option|route|step|move|idea)) (?:(?:is|would be|will be|might be|may be|is probably|would probably be) )?(?:just )?to\s*$`,
  ),
  // the catalogue or a database said to be down is no source given ("our catalog system is down for maintenance")
  namedResource: v9.widen('namedResource', [
    [0, r`|catalog`, r`(?! (?:system |search |server |site )?(?:is |are |s |was |has been |have been |seems |seem )?(?:currently |temporarily |still |completely )?(?:down|offline|unavailable|not working|out of service|under maintenance|having (?:problems|issues|trouble))\b)`],
  ]),
}));

// ---- v9 (S): registers: formal, British and other Englishes, customer-service and Gen Z voices
const phrasesV9S = block(phrasesV9R, (v9) => ({
  // (test/ninth-round-registers.test.ts)
  // greetings in other Englishes: "Howzit!" (South Africa), "Dia dhuit!" (Ireland), "Sawubona", "Namaste"
  greeting: v9.plus('greeting', r`\b(?:howzit|howsit|dia dhuit|dia duit|sawubona|namaste|namaskar)\b`),
  // a greeting word before a question still opens one ("hello are you still there", "hi do you have your card");
  // "just checking in to make sure we're still connected"
  questionOpening: v9.widen('questionOpening', [
    [0, r`^(?!(?:(?:and|`, r`hello|hi|hey|hiya|`],
    [0, r`\b)(?:(?:and|`, r`hello|hi|hey|hiya|`],
    [6, r`(?:in )?(?:to see `, r`|to make sure |to confirm |to check `],
    [6, r`(?:you|u|your|youre`, r`|we|were`],
  ]),
  // completeness in other registers: "Is that grand for you?", "Is that you sorted?" (Irish, Scottish), "Reckon
  // that'll do the job?", a bare "Good?" / "Ok?" after the answer (terse), "It is what you search?" (translated),
  // "Would you be so good as to tell me whether this satisfies your enquiry?", "Do let me know whether that
  // suffices", "lmk if that slaps", "Kindly check and confirm.", "Kindly confirm if it is working" (Indian English)
  completeness: v9.widen(
    'completeness',
    [
      [11, r`(?:helps|`, r`slaps|slapped|hits|suffices|sufficed|will suffice|satisfies|satisfied|`],
      [59, r`what (?:you|u) (?:`, r`search(?:ed|ing)?(?: for)?|look(?:ed|ing)? for|need|want|`],
      // "Kindly confirm if it is working", "please advise whether this is clear"
      [24, r`(?:resolves|`, r`working|sorted|clear|helpful|useful|sufficient|satisfactory|suffices|satisfies|`],
    ],
    r`\b(?:grand|lekker|sorted)\b(?<=\b(?:is|was|are|isnt) (?:this|that|it|these|those|(?:that|this) (?:you|u|ye)|(?:you|u|ye)) (?:all )?(?:grand|lekker|sorted))(?=(?: (?:for (?:you|u|ye|now)|then|so|now))*[ !.]*\?)`,
    r`\b(?:job|trick)\b(?<=\b(?:that|this|it|these|those)(?:ll|d| will| would| should| might| could) do the (?:job|trick))(?=(?: (?:for (?:you|u)|then))?[ !.]*\?)`,
    r`\b(?:good|better)\b(?<=^(?:(?:so|and)[ ,]+)?(?:good|better))(?=(?: (?:now|then|so far|for (?:you|u)))?[ !.]*\?)`,
    r`\b(?:satisf(?:y|ies|ied)|suffices?|sufficed)\b(?<=\b(?:if|whether) (?:this|that|it|these|those|the [a-z]+)(?: (?:fully|completely|adequately|sufficiently|indeed|will|would|might))? [a-z]+)(?<=\b(?:tell (?:me|us)|let (?:me|us) know|advise|confirm|inform (?:me|us)|indicate|say)\b[^.!?]{1,40})`,
    r`\b(?:lmk|lemme know|lemme no|let (?:me|us) no)\b (?:if|whether) (?:this|that|it|these|those|the [a-z]+)(?: [a-z]+)? (?:helps|helped|works|worked|slaps|slapped|hits|answers|answered|is what|was what|does the trick|suffices|satisfies|is (?:helpful|useful|enough|ok|okay|good|fire))\b`,
    r`\bconfirm\b(?<=\b(?:kindly|please|pls|plz) (?:check|try|verify|test)(?: (?:it|this|once|the same))? and confirm)(?=(?: (?:once|back|the same))?[ .!]*$)`,
  ),
  // "let me no if…" (voice-to-text), "lmk if…", "just say the word", "Kindly check and confirm."
  letMeKnow: v9.plus(
    'letMeKnow',
    r`\b(?:lmk|lemme know|lemme no|let (?:me|us) no)\b(?= (?:if|whether|when)\b)`,
    r`\bsay the word\b(?=[ .!]*$)`,
    r`\bconfirm\b(?<=\b(?:kindly|please|pls|plz) (?:check|try|verify|test)(?: (?:it|this|once|the same))? and confirm)(?=(?: (?:once|back|the same))?[ .!]*$)`,
  ),
  // a terse "Else?"
  anythingElse: v9.plus('anythingElse', r`\belse\b(?<=^(?:(?:ok|okay|so|and|k)[ ,]+)?else)(?=[ !.]*\?)`),
  // "no more doubts" (Indian English: doubts are questions), "no further queries"
  patronDone: v9.widen('patronDone', [[4, r`(?:questions?|`, r`doubts?|queries|query|`]]),
  // holds: "I'm going to go ahead and look into that for you!"
  holdWeak: v9.widen('holdWeak', [[0, r` (?:`, r`go ahead and |go and `]]),
  // check-ins: "You are still in the line?" (translated), "are you still their" (voice-to-text), a terse "There?"
  stillThere: v9.widen(
    'stillThere',
    [[1, r`\bstill? (?:`, r`their\b(?=[ .!?]*$)|in the (?:line|chat)\b|`]],
    r`\bthere\b(?<=^(?:still )?there)(?=(?: still)?[ !.]*\?)`,
  ),
  // the patron gone: "I must presume that you have departed", "Since there is no response from your end" (not "if
  // there is no response…"), "looks like u dipped", "maybe you are leave" (translated)
  seemGone: v9.widen(
    'seemGone',
    [
      [0, r`(?:you|`, r`u|`],
      [0, r`(?:disconnected|`, r`dipped|bounced|ghosted|peaced out|logged out|departed|`],
    ],
    r`\bdeparted\b(?<=\b(?:you|u)(?:ve| have)? (?:since |already |now )?departed)`,
    r`\b(?:response|reply|answer|activity)\b(?<=\bno (?:response|reply|answer|activity))(?= from (?:your|ur|the other) (?:end|side)\b)(?<!\b(?:if|unless|when|once|in case) there (?:is|was|has been) no [a-z]+)`,
    r`\b(?:maybe|perhaps|probably)\b(?= (?:you|u) (?:are |have |has |were |already )?(?:leave|left|go|gone|went|away|disconnect|disconnected|offline)\b)`,
  ),
  // the end announced formally: "I shall therefore close this session"
  willEnd: v9.widen('willEnd', [
    [0, r`\b(?:`, r`shall|`],
    [0, r`(?: now|`, r` therefore| thus| then|`],
  ]),
  // goodbyes: "Mind yourself!", "Go well!", "I bid you good day", "Slán", "Ka kite", "Safe home"
  farewell: v9.plus(
    'farewell',
    r`\b(?:mind yourself|mind how (?:you|u) go|safe home|slan|ka kite|hooroo|cheerio|laters|peace out|bye for now)\b`,
    r`\bgo well\b(?=[ !.]*$)(?<!\b(?:did|does|do|will|would|should|it|that|this|things|everything|all|to|can|could|might|may) go well)`,
    r`\bgood day\b(?<=\b(?:bid (?:you|u)(?: a)?|wish (?:you|u)(?: a)?|and|a) good day)(?=(?: to (?:you|u))?(?: (?:sir|madam|maam|all))?[ !.]*$)`,
  ),
  // invitations back: "Pray do write to us again", "Kindly revert if you need further assistance", "hmu anytime"
  inviteBack: v9.widen(
    'inviteBack',
    [[1, r`(?:with `, r`|to `]],
    r`\brevert\b(?<=\b(?:kindly|please|pls|do|feel free to|you can|you may|just) revert)(?=(?: back)?(?: to (?:us|me))? (?:if|in case|whenever|anytime|any time|for (?:any|further))\b)`,
    r`\b(?:hmu|hit (?:us|me) up)\b(?= (?:again|anytime|any time|whenever|if|later)\b)`,
  ),
  // promises: "I will check with them and revert on the same at the earliest" (Indian English "revert": reply)
  followupPromise: v9.plus(
    'followupPromise',
    r`\brevert\b(?<=\b(?:ill|i will|i shall|we will|well|we shall)\b[^.!?]{0,60}? revert)(?! (?:the|this|that|those|these|it|them|your|my|our|all|any|changes?|edits?)\b)`,
  ),
  // "Is it still h.okafor@…?": the patron's address repeated to be confirmed
  patronContactContext: v9.plus('patronContactContext', r`\bstill\b(?<=\b(?:is it|is that|is this|its|it is|thats|that is) still)(?= [^ ]*@| \+?\d)`),
  // referrals: "I should recommend that you write to…", "Please to contact…" (translated), "def ask ur teacher",
  // "give Births, Deaths and Marriages a bell"
  referralActor: v9.widen('referralActor', [
    [2, r`(?: strongly`, r`| should| would| must| can| could| might`],
    [6, r`(?:please|`, r`please to|pls|plz|def|defo|deffo|`],
  ]),
  referralVerb: v9.widen('referralVerb', [
    [3, r`give\b(?= (?:[a-z&`, r`,`],
    [3, r`){1,6}?a (?:call|ring|buzz|shout`, r`|bell|tinkle|holler`],
  ]),
  // ending the help for the provider's convenience: "you'll have to figure the rest out on your own"
  dismissalConvenience: v9.widen('dismissalConvenience', [
    [10, r`out (?:[a-z]+ ){0,2}?`, r`(?:on (?:your|ur) own\b|by (?:your|ur)self\b|`],
    [10, r`yourself\b`, r`)`],
  ]),
  // "I'm afraid" / "I'm sorry" hedge, they introduce nobody: "The Westminster library doesn't offer photos, I'm afraid."
  selfAffiliationLead: v9.widen('selfAffiliationLead', [
    [0, r`|im`, r`(?! (?:afraid|sorry)\b)`],
    [0, r`|i am`, r`(?! (?:afraid|sorry)\b)`],
  ]),
  // phone numbers as Ireland, Australia and the UK write them: "0818 07 4000", "1300 888 529", "0800 123 4567"
  phone: v9.plus('phone', r`(?<![\d./-])(?:0\d{3}|1[38]00)[ -]\d{2,3}[ -]\d{3,4}(?![\d/-])`),
}));

// ---- v9 (T): long real-service sessions: several questions, shift changes, scripts, follow-ups by e-mail
const phrasesV9T = block(phrasesV9S, (v9) => ({
  // (test/ninth-round-long.test.ts)
  // completeness after a record, a title or a list in a long chat:
  // "Is that your father?", "Is this your great-grandmother?", "Is that him?" (a record found; keyed on the last word,
  // the sentence ending there: "Is this your father's account?" is no such question);
  // "Is that the book?", "Are those the articles?" (not "Is that the book club kit?": the noun ends the sentence);
  // "Are these the ones your teacher meant?", "Is this the form your boss wanted?" (someone else's need);
  // "Were you able to reset it?", "Were u able to install it?" (past tense only: "Are you able to register online?"
  // may ask about the patron's situation); "Did the recipe site look useful?", "Does that seem helpful?"
  completeness: v9.plus(
    'completeness',
    r`\b(?:him|her|them)\b(?=[?!. ]*$)(?<=\b(?:is|was|are|were|isnt|wasnt|arent) (?:that|this|it|these|those) (?:him|her|them))`,
    r`\b(?:father|mother|dad|mom|mum|grandfather|grandmother|grandpa|grandma|granddad|grandad|grandparents|parents|husband|wife|son|daughter|brother|sister|uncle|aunt|cousin|ancestor|ancestors|relative|relatives|family|guy)\b(?=[?!. ]*$)(?<=\b(?:is|was|are|were|isnt|wasnt|arent) (?:that|this|it|these|those|he|she|they) (?:your|ur) (?:(?:great|great-great|great great|grand|late|birth|biological|step|own)[ -])*(?:father|mother|dad|mom|mum|grandfather|grandmother|grandpa|grandma|granddad|grandad|grandparents|parents|husband|wife|son|daughter|brother|sister|uncle|aunt|cousin|ancestor|ancestors|relative|relatives|family|guy))`,
    r`\b(?:books?|titles?|articles?|records?|obituary|obituaries|obit|census|entry|entries|forms?|maps?|photos?|pictures?|reports?|papers?|study|studies|edition|version|film|movie|songs?|poems?|series|novel|document|documents|listings?|grave|items?|stories|story|recording|chapter|briefs?|deeds?|wills?|ledger|clipping|clippings|sheet|sheets|data|dataset|statistics|stats)\b(?=[?!. ]*$)(?<=\b(?:is|was|are|were|isnt|wasnt|arent) (?:that|this|it|these|those) the (?:(?:right|correct|same|exact|actual) )?(?:books?|titles?|articles?|records?|obituary|obituaries|obit|census|entry|entries|forms?|maps?|photos?|pictures?|reports?|papers?|study|studies|edition|version|film|movie|songs?|poems?|series|novel|document|documents|listings?|grave|items?|stories|story|recording|chapter|briefs?|deeds?|wills?|ledger|clipping|clippings|sheet|sheets|data|dataset|statistics|stats))`,
    r`\b(?:teacher|teachers|professor|prof|instructor|class|assignment|syllabus|boss|doctor|lawyer|mom|dad|mother|father|son|daughter|kid|kids|child|school|course|tutor|supervisor|manager|employer|client|friend|husband|wife|group|club|coach|advisor|adviser|committee|editor)\b(?= (?:meant|wanted|wants|needs|needed|asked for|assigned|had in mind|requested|was after|is after)\b)(?<=\b(?:is|was|are|were|isnt|wasnt|arent) (?:this|that|these|those|it) (?:the |a |an )?(?:[a-z-]+ ){0,3}(?:your|ur|the) (?:[a-z-]+ )?(?:teacher|teachers|professor|prof|instructor|class|assignment|syllabus|boss|doctor|lawyer|mom|dad|mother|father|son|daughter|kid|kids|child|school|course|tutor|supervisor|manager|employer|client|friend|husband|wife|group|club|coach|advisor|adviser|committee|editor))`,
    r`\bable\b(?<=\bwere (?:you|u) able)(?= to (?:reset|change|update|install|register|sign up|create|submit|book|save|borrow|check (?:it|them) out|check out|read|view|play|stream|connect|fix|upload|load|pull (?:it|that|them|those) up|pull up|follow|complete|finish|fill (?:it|that|them) (?:out|in)|fill out|apply|request|reserve|enroll|join|activate|link|add|get (?:it|that|them|in|on|through|into)|make (?:it|that) work)\b)`,
    r`\b(?:useful|helpful|promising|relevant|usable|handy)\b(?<=\b(?:does|did|do|is|was|are|were)(?:nt)? (?:that|this|it|these|those|any of (?:these|those|them)|the [a-z-]+(?: [a-z-]+){0,2}) (?:look|looks|seem|seems|sound|sounds)(?: to be)? (?:useful|helpful|promising|relevant|usable|handy))`,
    // "Is that what he's looking for?", "Is this what your daughter needs?" (someone else's need, asked of what was given)
    r`\b(?:after|looking for|hoping for|wanted|needed|needs|wants|had in mind|meant)\b(?<=\b(?:is|was|are|were|isnt|wasnt) (?:this|that|these|those|it) (?:the |a |an )?(?:[a-z-]+ ){0,3}?(?:he|she|they|hes|shes|theyre|your (?:son|daughter|kid|kids|child|children|mom|dad|mother|father|husband|wife|teacher|professor|student|students|class|parent|parents|grandson|granddaughter|boss|client)) (?:was |is |were |are )?(?:after|looking for|hoping for|wanted|needed|needs|wants|had in mind|meant))`,
    // a date or number in the subject: "Does the May 2 date work for your meeting?", "Does the 10:30 slot suit you?"
    r`\b(?:work|works|suit|suits)\b(?<=\b(?:does|do) (?:the|that|this) (?:[a-z-]+ ){0,2}\d[a-z0-9:-]*(?: [a-z-]+){0,2} (?:work|works|suit|suits))(?=(?: for)? (?:you|u|your [a-z]+)\b|[?!. ]*$)`,
  ),
  // the patron done for a family or a group: "thats all we need", "that is everything we wanted" (v1's alternatives
  // leave "that's all we…" out for "that's all we have on him")
  patronDone: v9.plus(
    'patronDone',
    r`\b(?:thats|that is|thatll be|that will be|thats about) (?:all|everything) we (?:need|needed|wanted|were looking for|were after|came for)\b`,
  ),
  // referrals to the people at a named place: "Go see the folks at Suit Up Baltimore", "see the staff at Catholic
  // Charities" (v8's "see the folks at…" needs a desk, clerk or other party noun after it)
  referralVerb: v9.plus('referralVerb', r`\bsee(?= (?:the|our|your) (?:folks|people|staff|team|crew|guys|volunteers|counselors|counsellors) (?:at|in|from|over at) [a-z0-9])`),
  // chat-speak in a parting wish: "have a gr8 wknd", "have a gud one"
  farewell: v9.widen('farewell', [[2, r`(?:good|great|`, r`gr8|grt|gud|gd|`]]),
  // "Is your dad still working?", "Are they still looking for volunteers?", "Is the printer still working?" ask about
  // someone else: no hold ("I'm still looking", "still working on it" are)
  hold: v9.widen('hold', [[13, r`\bstill? `, r`(?<!\b(?:is|are|was|were|isnt|arent|wasnt|werent) (?:(?:your|ur|his|her|their|the|this|that|my|our) )?[a-z]+ still? )`]]),
}));

const phrasesV9: RubricPhrases = phrasesV9T;

export const rubricV9: Rubric = {
  ...rubricV8,
  version: '9',
  phrases: phrasesV9,
  contactOfferR: true,
  leadInsS: true,
  giveACallPartyS: true,
  contactOwnerN: true,
  prepLeadInN: true,
  oddContactsN: true,
  bareVerbPartyN: true,
  contactObjectPartyN: true,
  holdQuestionClarifyQ: true,
  partyThereQ: true,
  itemNumberT: true,
  nextAfterPatronT: true,
  contactObjectAloneT: true,
  referralContactNotPatronT: true,
  nameNotTitleP: true,
  notNeedQuestionP: true,
  ownContactNotSourceP: true,
  declinedOfferNoPromiseP: true,
};

// ---- rubric v10: v9 with the families of a tenth round of sessions ---------------------------------
// (test/tenth-round-*.test.ts). v9 above stays as it was. Each block derives from the one before it, as v9's do.

// ---- v10 (U): false fails: every behaviour done, in words far from the usual ones
const phrasesV10U = block(phrasesV9, (v10) => ({
  // (test/tenth-round-falsefail.test.ts)
  // introductions with no "I'm" / "this is": "Hi! You've got Pat at Peterborough Public Library" (the lead followed by
  // one word, a name, and a preposition; "You've got holds at the library", "you've got until Friday" are left out);
  // "Jen, Hampshire Libraries, here to help." ("here" closing the sentence with "to help (you)")
  selfAffiliationLead: v10.widen(
    'selfAffiliationLead',
    [[3, r`\bhere`, r`(?: to help(?: (?:you|u))?(?: today| tonight| this (?:morning|afternoon|evening))?)?`]],
    r`\b(?:youve|you have) got\b(?= (?!(?:holds?|items?|books?|fines?|mail|until|to|a|an|the|some|access|it|them|that|this|one|two|three|no|any|all)\b)[a-z]+ (?:at|from|with|of|on) [a-z])`,
  ),
  // "Hiya, Siobhan on the Dublin City Libraries chat." (a name, then the service's chat, line, desk or team closing the
  // sentence; the name is one or two words and no common word that opens an instruction: "Ask on the chat" names nobody)
  selfNameHere: v10.plus(
    'selfNameHere',
    r`^(?!(?:ask|help|more|questions?|info|details|anything|something|everything|thanks|welcome|hours|please|just|call|chat|try|staff|librarians?|someone|somebody|nobody|everyone)\b)[a-z]+(?: [a-z]+)? on the (?:[a-z-]+ ){1,5}(?:chat|line|desk|service|team)[.!]*$`,
  ),
  // restatements as statements: "Sounds like what you need is something readable…", "Seems like what you're after is…"
  // (v1's "sounds like you…" needs "you" next); "So the goal is a picture book that…", "So the aim is…", "So your
  // idea is…" (keyed on the rare noun; "The goal is to…" with no "so" opening it states the provider's own plan)
  restatement: v10.plus(
    'restatement',
    r`\b(?:sounds|seems|looks)\b(?= like what (?:youre |you are |you |u |ur )?(?:need|want|after|looking for|hoping for|wanted|needed|searching for)\b)`,
    r`\b(?:goal|aim|idea|task|mission|hope|need)\b(?<=(?:^|[.!?,] )(?:ok |okay |right |alright )?so (?:the|your|our) (?:main |real )?(?:goal|aim|idea|task|mission|hope|need))(?= (?:is|here is|would be)\b)`,
  ),
  // holds in idioms: "Two shakes, let me…" opening the sentence (v8's "two shakes" needs "in", "be", "give me" before
  // it); "let me scoot over to the database", "let me pop across to the catalogue", "let me nip into the stacks" (a
  // move to a place where the search happens; "let me pop a link in" is no such place)
  hold: v10.plus(
    'hold',
    r`\b(?:two|2)\b(?<=^(?:(?:ok|okay|right|sure|alright|righto)[ ,!]+)?(?:two|2))(?= (?:shakes|ticks|secs)\b)`,
    r`\b(?:scoot|pop|hop|nip|zip|dash|duck|head)\b(?<=\blet me (?:just |quickly )?(?:scoot|pop|hop|nip|zip|dash|duck|head))(?: (?:over|across|off|out|back|down))? (?:to|into|in|through) (?:the |our |my )?(?:catalog|catalogue|database|databases|stacks|shelves|shelf|archives?|records|system|files|back office|collection|indexes|index)\b`,
  ),
  // completeness in roundabout words, asked of what was given:
  // "Anything in there you can use?", "Anything in there that works?", "anything in those that helps?" (keyed on
  // "anything"; the question must end the sentence: "Anything in there is fair game." states);
  // "Any of those look promising?", "Any of them seem useful?" (not "Any other questions?": that is anythingElse);
  // "Any good so far?" (v8's bare "Any good?" with "so far"); "Are we good on that one?", "We all good?";
  // "Did I cover it?", "Did I hit the mark?", "Did I answer your question?" (keyed on "did i": "Did I mention…?" and
  // "Did I spell it right?" are left out by the verbs allowed);
  // "Does this satisfy your enquiry?" (keyed on the rare verb); "This information is useful for you or not?"
  // (non-native word order, the sentence ending in "?"); "Is that close enough for now?"; "Is that the ticket?"
  completeness: v10.plus(
    'completeness',
    r`\banything\b(?<=^(?:(?:so|and|ok|okay|well)[ ,]+)?anything)(?= in (?:there|that|those|these|it|them)\b(?: (?:that|which))?(?: (?:you|u) (?:can|could|might) use| (?:works?|helps?|looks? (?:useful|helpful|promising|good|right)|jumps? out|useful|helpful|of use)| (?:you|u) (?:like|need|want))[ !.]*\?)`,
    r`\b(?:promising|useful|helpful|relevant)\b(?<=^(?:(?:so|and|ok|okay|well)[ ,]+)?any (?:of (?:those|these|them|that|this) )?(?:look|looks|seem|seems|sound|sounds) (?:promising|useful|helpful|relevant))(?=[ !.]*\?)`,
    r`\bgood\b(?<=^(?:(?:so|and|ok|okay)[ ,]+)?any good)(?= so far[ !.]*\?)`,
    r`\bgood\b(?<=^(?:(?:so|and|ok|okay)[ ,]+)?(?:are )?we (?:all )?good)(?=(?: (?:on|with) (?:that|this|it)(?: one| part| bit| question)?)?(?: then| now| there)?[ !.]*\?)`,
    r`\bdid\b(?= i (?:cover|hit|nail|answer|get|catch) (?:it|that|everything|the mark|what (?:you|u) (?:needed|wanted|asked)|your question|all of it|it all|what you were after)\b[^.!?]{0,20}\?)`,
    r`\bsatisf(?:y|ies)\b(?<=\b(?:does|did|will|would|might|could|do) (?:this|that|it|these|those) satisf(?:y|ies))(?= (?:your|ur) (?:enquiry|inquiry|query|question|request|need|needs|requirements?)\b[ !.]*\?)`,
    r`\b(?:useful|helpful)\b(?<=\b(?:this|that|the|it) (?:(?:information|info|answer|book|link|website|site|list|page|result|resource) )?(?:is|was) (?:useful|helpful))(?=(?: (?:for|to) (?:you|u))?(?: or not)?[ !.]*\?)`,
    r`\benough\b(?<=\b(?:is|was|would|will)(?:nt)? (?:that|this|it|these|those)(?: be)? (?:close|good|detailed|recent|specific|current) enough)(?=(?: (?:for (?:you|u|now|your [a-z]+)|to go on|to be going on with))*[ !.]*\?)`,
    r`\bticket\b(?<=\b(?:is|was) (?:that|this|it) (?:just )?the ticket)(?=[ !.]*\?)`,
    // "Let me know if that's what you're after." (with letMeKnow, an indirect question of what was given; RUBRIC.md's
    // "asks whether": the sentence asks it of the patron). Not "Let me know what you're after" (asks the need)
    r`\b(?:after|looking for|hoping for|searching for)\b(?<=\b(?:if|whether) (?:that|this|it|these|those)(?:s| is| was| are| were) (?:exactly |just )?what (?:youre|you are|ur|you were|you) (?:after|looking for|hoping for|searching for))`,
  ),
  // "anything else" in dialect and formal registers: "Is there owt else you want looking into?" (Yorkshire "owt",
  // archaic "aught"); "Is there anything else on your party list I can help with?" (words between "else" and "I can
  // help"; "anything else in the record looks fine" has no helping verb after it); "Can I be of any further
  // assistance?", "of any more assistance" (keyed on the rare noun)
  anythingElse: v10.plus(
    'anythingElse',
    r`\b(?:owt|aught) else\b`,
    r`\belse\b(?<=\bany ?thing else)(?=[^.!?]{1,40}\b(?:i|we) (?:can|could|may|might) (?:help|assist|do|find|look|dig|chase)\b)`,
    r`\bassistance\b(?<=\b(?:any|some|be of|of) (?:further|more|other|additional) assistance)`,
  ),
  // the patron done: "that was the only thing I needed to know", "it's the only thing I wanted" (v9's "only question")
  patronDone: v10.plus(
    'patronDone',
    r`\bonly thing\b(?<=\b(?:that|this|it|thats|its)(?: was| is)? (?:the|my) only thing)(?= (?:i|we) (?:needed|need|wanted|had|was after|was wondering|was asking|came for)\b)`,
  ),
  // the patron gone, hedged: "You may have been cut off", "you might have dropped off" (v1's "may have" lacks them);
  // "I'm guessing you got pulled away", "you must have been called away" (not "if you get pulled away": a condition)
  seemGone: v10.plus(
    'seemGone',
    r`\b(?:cut off|dropped off|dropped out|kicked out|logged out|wandered off)\b(?<=\b(?:you|u) (?:may|might|must|probably)(?: have)?(?: been| got)? (?:cut off|dropped off|dropped out|kicked out|logged out|wandered off))`,
    r`\baway\b(?<=\b(?:you|u)(?: (?:may|might|must)(?: have)?)?(?: been| got| gotten| were) (?:pulled|called|dragged|taken) away)(?<!\b(?:if|when|once|in case|should) (?:you|u)(?: [a-z]+){1,3})`,
  ),
  // the end announced in other shapes: "so I'll wrap this chat up now" (the object between "wrap" and "up"); "so I'll
  // be ending it now" ("it" with "now", "here" or "shortly" after it); "I finish the chat now" (non-native present with
  // "now"); "so I'm signing off this chat" (the chat named: "I'm signing off" alone is v1's dismissal shape)
  willEnd: v10.plus(
    'willEnd',
    r`\b(?:wrap|close|shut)\b(?<=\b(?:ill|i will|im going to|i am going to|going to|gonna|well|we will|i shall|i must|i have to|i need to)(?: now| go ahead and| just)? (?:wrap|close|shut)) (?:(?:this|the|our|your) )?(?:chat|session|conversation) (?:up|out|down)\b`,
    r`\bending\b(?<=\b(?:ill|i will|well|we will|im going to|i am going to) be ending) (?:it|this|things)(?= (?:now|here|shortly|soon|for now)\b|[ .!]*$)`,
    r`\b(?:finish|close|end|terminate)\b(?<=\bi (?:finish|close|end|terminate)) (?:the|this|our) (?:chat|session|conversation) (?:now|here)\b`,
    r`\bsigning off\b(?<=\b(?:im|i am|were|we are) (?:now )?signing off)(?= (?:(?:this|the|our) )?(?:chat|session|conversation)\b)`,
  ),
  // goodbyes in Welsh: "Diolch, hwyl fawr!", "Hwyl!" (thanks and goodbye)
  farewell: v10.plus('farewell', r`\b(?:hwyl fawr|hwyl am y tro|hwyl)\b(?=[ ,!.]*$| am y tro\b)`),
  thanks: v10.plus('thanks', r`\bdiolch\b`),
  // referrals: "drop the Manuscripts team a note at enquiries@nls.uk", "drop them a line" (as v9's "give X a call")
  referralVerb: v10.widen(
    'referralVerb',
    // "on the Ask Auckland Libraries chat", "chatting with Ask Us": "Ask" opening a service's name is no verb
    [[3, r`|talking (?:with|to)|ask`, r`(?<!\b(?:the|with|from|via) ask)`]],
    r`\bdrop\b(?= (?:[a-z&',-]+ ){1,6}?an? (?:note|line|email|e mail|message|mail)\b)`,
  ),
  // phone numbers: Australian 13-numbers after a calling word ("ring Service NSW on 13 77 88", "call 13 14 50"), and
  // vanity numbers ("1-800-O-Canada", "1-888-ASK-HRSA": 1, a toll-free code and letters and digits)
  phone: v10.plus(
    'phone',
    r`(?<=\b(?:on|call|ring|phone|tel|ph|at|number|is) )13 ?\d{2} ?\d{2}(?![\d/-])`,
    r`(?<![\d./-])1[ -]8(?:00|88|77|66|55|44|33)[ -](?=[a-z0-9-]*[a-z])[a-z0-9](?:-?[a-z0-9]){6,9}\b`,
  ),
  // web addresses on more country and city domains: learnwelsh.cymru, gov.wales, nls.scot, visit.london (not India's
  // ".in": "found it.in the catalog", a missing space, would read as a web address)
  url: v10.plus(
    'url',
    r`(?<![\w@.-])[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?){0,5}\.(?:cymru|wales|scot|london|nyc|boston|quebec|nz|za|sg|ph|jp)\b(?![@-])(?:/[^\s<>"]*)?`,
  ),
}));

// ---- v10 (V): young patrons, homework help, parents and school libraries
const phrasesV10V = block(phrasesV10U, (v10) => ({
  // (test/tenth-round-youth.test.ts)
  // completeness, narrowed: "Is it proofs you need help with, or formulas?", "Is it the essay you want help with?" ask
  // what the need is ("help" a noun after need/want), they do not ask whether an answer helped ("Does that help?",
  // "Would it help?" still do); "Do you have it already, or do you need a copy?" asks whether the patron owns the
  // book ("Do you have it now?" after a link still asks whether they got it).
  // widened: "Will one of those work for tonight?", "Does one of these work?" (one of the things given)
  completeness: v10.widen('completeness', [
    [0, r`|answered|help`, r`(?<!\b(?:need|needs|needed|want|wants|wanted) help)`],
    [0, r`(?:tht|dat|thta|taht|`, r`one of (?:these|those|them)|`],
    [3, r`|answers?)|it`, r`(?! (?:already|at home|with (?:you|u)|on hand)\b)`],
  ]),
  // anything else, in homework words: "Is there another assignment I can help you with?", "Do you have another
  // question?", "Can I help with another project?" (keyed on "another"; the noun must be a task or question and the
  // sentence must offer help or end there: "Is there another assignment due this week?" asks about the situation)
  anythingElse: v10.plus(
    'anythingElse',
    r`\banother\b(?<=\b(?:is there|are there|do (?:you|u) have|have (?:you|u) got|got|any|(?:help|assist) (?:(?:you|u) )?with|need help with) another)(?= (?:assignment|question|project|class|subject|topic|paper|worksheet|problem|homework|essay|report|q)\b(?: (?:for (?:me|us)|tonight|today))?(?:[ ?!.]*$| (?:i|we) (?:can|could) (?:help|assist)\b| (?:(?:you|u) )?(?:need|want)(?: (?:help|a hand))?\b))`,
    // anything else, with "any other": "Can I help with any other assignments?", "Can I help you with any other
    // questions?" (keyed on "other", the offer of help before it: "Do you have any other sources?" asks about the need)
    r`\bother\b(?<=\b(?:help|assist) (?:(?:you|u) )?(?:with|on) any other)(?= (?:assignments?|questions?|homework|projects?|subjects?|classes|topics?|papers?|worksheets?|problems?|things?)\b)`,
  ),
  // the patron done, with an intensifier: "ok thats literally all i needed lol", "that's really everything", "that is
  // honestly all" (the adverb only; v1's exclusions after "all" still apply: "thats really all i know about it")
  patronDone: v10.widen('patronDone', [
    [0, r`\bthats `, r`(?:literally |really |honestly |actually |basically |pretty much |just )?`],
    [1, r`|thisll be) `, r`(?:literally |really |honestly |actually |basically |pretty much |just )?`],
  ]),
  // a homework service named in the greeting: "Welcome to Teen Homework Help!", "You've reached the Homework Hotline",
  // "Welcome to Kids Research Desk" (keyed on "welcome"/"youve"; the name must carry a homework, teen, kids, student,
  // study or research word and end in a service noun: "Welcome to the library" or "welcome to chat" are not it)
  selfService: v10.plus(
    'selfService',
    r`\b(?:welcome to|youve reached) (?:the )?(?:[a-z]+ )?(?:homework|teen|teens|kids|student|students|study|research) (?:[a-z]+ )?(?:help|helpline|hotline|desk|center|centre|zone|line|hq)\b`,
  ),
  // a limit of questions or time per student: "we only do 3 per student", "just one per kid", "max of two per chat";
  // "I only have a few minutes per student tonight", "you only get 10 mins per chat" (keyed on "per"; the limit word
  // before the number and a person or chat after it: "you can check out 3 per card", "passes are one per family",
  // "15 cents per page", "a time limit of 60 minutes per session on the public computers" are not it)
  dismissalHard: v10.plus(
    'dismissalHard',
    r`\bper\b(?<=\b(?:only|just|max|maximum|max of|maximum of|up to|limit of|no more than) (?:(?:do|take|answer|allow|help with|get to) )?(?:one|two|three|four|five|\d+) (?:questions? |qs? )?per)(?= (?:student|students|kid|kids|patron|patrons|person|customer|user|chat|session|visit)\b)`,
    r`\bper\b(?<=\b(?:only|just) (?:have|give|spend|get|got) (?:about |around )?(?:a few|a couple(?: of)?|one|two|three|five|ten|fifteen|twenty|\d+) (?:minutes?|mins?) per)(?= (?:student|students|kid|kids|patron|patrons|person|customer|chat|question)\b)`,
  ),
  // promises to find more later: "I'll keep digging tonight", "we'll keep looking tomorrow" (keyed on the time word;
  // "I'll keep looking, one moment" is a hold, no promise); "Chat back tomorrow and I'll have more for you", "I'll
  // have more sources for you by Friday" (keyed on "more"; a later time must be in the sentence: "I'll have more for
  // you in a sec" is a hold)
  followupPromise: v10.plus(
    'followupPromise',
    r`\b(?:tonight|tomorrow|overnight)\b(?<=\b(?:ill|i will|well|we will|ill try to|i can) (?:keep|continue|be) (?:digging|looking|searching|researching|hunting|working on (?:it|this|that))(?: (?:for (?:you|u|more|it|that)|on (?:it|this|that)|into (?:it|this|that)))?(?: (?:some )?more)? (?:tonight|tomorrow|overnight))`,
    r`\bmore\b(?<=\b(?:ill|i will|well|we will|i should|we should|ill try to|ill probably) have (?:some |a few |a lot |lots )?more)(?= (?:for (?:you|u)|to (?:send|share|show)|info|information|sources|ideas|results|options|titles|books|articles)\b)(?:(?=[^.!?]*\b(?:tomorrow|tonight|later|next (?:week|time)|by (?:then|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)|when (?:you|u) (?:come|check|chat) back)\b)|(?<=\b(?:tomorrow|tonight|later|next (?:week|time)|come back|check back|chat back)\b[^.!?]*))`,
  ),
  // school and children's databases named without a URL: "Kids InfoBits has a page on that", "Try SIRS Discoverer",
  // "Newsela has it at your reading level", "Check TeachingBooks for an author video", "NoveList K-8", "BrainPOP",
  // "Scholastic GO!", "TrueFlix", "Student Reference Center" (subscription resources a library or school gives; apps
  // such as Photomath or Quizlet are left out: an app named without a way to reach it is no source)
  knownResource: v10.widen('knownResource', [
    [
      0,
      r`\b(?:`,
      r`kids infobits\b|infobits\b|sirs (?:discoverer|issues researcher|knowledge source|decades)\b|newsela\b|teachingbooks(?: net)?\b|teaching books\b(?<=\bin teaching books|\bcheck teaching books|\btry teaching books|\buse teaching books|\bon teaching books)|novelist k-8\b|brainpop(?: jr)?\b|scholastic go\b|trueflix\b|scienceflix\b|searchasaurus\b|mackinvia\b|capstone interactive\b|(?:student|science|history|biography|literary) reference center\b|noodletools\b|`,
    ],
  ]),
  // "Have your mom or dad call the branch at …", "have your parents sign the form": an imperative, no question
  // ("Have your parents called the school?", "Have your kids read it?" still open questions: the verb after the
  // parent must be a base form of getting in touch, signing or coming in)
  questionOpening: v10.widen('questionOpening', [
    [
      0,
      r`(?:have|do) (?:a|an)\b`,
      r`|have (?:your|ur) (?:(?:mom|mum|dad|parent|guardian) or )?(?:mom|mum|dad|parent|parents|guardian|grownup|grown-up|caregiver)(?: to)? (?:call|email|e-mail|contact|visit|phone|text|stop by|sign|bring|come|fill|talk|speak|reach|get in touch)\b`,
    ],
  ]),
  referralVerb: v10.plus(
    'referralVerb',
    // a child told to have a parent get in touch: "Have your mom or dad call the branch at 208-555-0100", "Have a parent
    // email the teen librarian", "get a grown-up to call the front desk" (keyed on "have"/"get"; the parent must be
    // followed by a verb of getting in touch: "have your mom sign the form", "get a parent's permission" refer nobody)
    r`\b(?:have|get) (?:your|ur|a|one of your) (?:(?:mom|mum|dad|parent|guardian) or )?(?:mom|mum|dad|parent|parents|guardian|grownup|grown-up|grown up|caregiver|adult)(?: to)?(?= (?:call|email|e-mail|contact|visit|phone|text|stop by|reach out to|get in touch with|talk to|speak (?:to|with))\b)`,
    // Spanish "ask at" a place: "pregunte en la oficina de la escuela", "consulte en su consulado" (v9 has "pregúntele
    // a…", "consulte con…"; the place must be an office, school, consulate or the like: "busque en el catálogo" is a
    // source, not a referral)
    r`\b(?:pregunte|pregunta|preguntele|preguntale|consulte|consulta|informese|informate) en (?:la|el|su|tu) (?=(?:oficina|escuela|colegio|biblioteca|consulado|clinica|centro|departamento|agencia|sucursal|recepcion|ayuntamiento|municipio|distrito)\b)`,
  ),
}));

// ---- v10 (W): technology help: e-books, apps, accounts, printing, devices
const phrasesV10W = block(phrasesV10V, (v10) => ({
  // (test/tenth-round-tech.test.ts)
  // completeness after steps to try, asked about their result (tech help rarely asks "did that help?"):
  // "Did that connect?", "Did that renew the ones you needed?", "Did that free up room to borrow it?", "Did the book
  // show up on your Kindle?", "Did those settings look like they applied?", "Did that get everything printed?",
  // "Did it print?", "Did it go through ok?" (keyed on "did", which the family already runs at). Past tense only:
  // "Does the printer connect to Wi-Fi?" asks about the patron's situation and must still clarify. With "it" the
  // question must end after the verb ("Did it print anything before it jammed?", "Did it open in Chrome?" ask what
  // happened); a choice ("Did that open in Chrome or Safari?") is left out; "Did it say error 1003?" has no such
  // verb.
  completeness: v10.plus(
    'completeness',
    r`\bdid (?:that|this|those|these|everything|(?:the|your|those|these|both) [a-z-]+(?: [a-z-]+)?) (?:(?:all|both|finally|actually|just) )?(?:(?:look|looks|seem|seems) (?:like (?:they|it|that) |to (?:have )?))?(?:connect(?:ed)?|print(?:ed)?|load(?:ed)?|open(?:ed)?|sync(?:ed)?|download(?:ed)?|install(?:ed)?|update(?:d)?|renew(?:ed)?|unlock(?:ed)?|reset|clear(?:ed)?|appl(?:y|ied)|save(?:d)?|stick|stuck|appear(?:ed)?|play(?:ed)?|activate(?:d)?|upload(?:ed)?|go through|went through|come through|came through|show(?:ed)? up|come up|came up|pop(?:ped)? up|free(?:d)? up|log (?:you|u) in|let (?:you|u) in|sign (?:you|u) in|get (?:it|them|everything|things|that|the [a-z-]+) (?:printed|working|connected|fixed|sorted|going|loaded|installed|downloaded|running|unlocked|showing|to (?:work|show|load|open|play|print|connect)))\b(?![^?.!]* or (?!(?:did|does|do|is|are|was|were|has|have)\b))`,
    r`\bdid it (?:(?:finally|actually|just) )?(?:connect|print|load|open|sync|download|install|update|renew|unlock|reset|clear|apply|save|stick|appear|play|activate|upload|go through|come through|show up|come up|pop up|work|log (?:you|u) in|let (?:you|u) in|sign (?:you|u) in)(?: (?:ok|okay|alright|fine|now|this time|for you|for u|correctly|properly|right|successfully|at all|yet|on your [a-z]+))*(?= *(?:[?!.]|$))`,
    // "Is it showing now?", "Is everything showing correctly now?", "Is the book there now?", "Are they showing up
    // yet?", "Is your book showing now under My titles?", "Can you see it now?", "Does it show up now?": the result of
    // the steps, with "now" or "yet" (keyed on that word; "Is your book showing under Loans?" mid-steps
    // asks what the screen shows, and "there" is taken only of things, not of people: "Is your son there now?")
    r`\b(?:now|yet)\b(?<=\b(?:(?:is|are|isnt|arent) (?:it|that|this|they|these|those|everything|everything else|all|(?:the|your|my) [a-z-]+(?: [a-z-]+)?) (?:(?:all|still) )?(?:showing|showing up|appearing|loading|connected|playing|syncing|synced|downloading|downloaded|printing|printed|opening|open|visible|fixed|sorted|unlocked|active|listed|back|installed|updated|going through|coming through)(?: (?:correctly|properly|ok|okay|again|for (?:you|u)|on (?:your|the) [a-z-]+))?|(?:is|are|isnt|arent) (?:it|they|(?:the|your) (?:book|books|title|titles|loan|loans|hold|holds|file|files|magazine|magazines|audiobook|audiobooks|ebook|ebooks|app|icon|button|job|print job|document|email|card|page|pages|movie|video|show|episode|issue)) (?:all |still )?there|(?:can|do|could) (?:you|u) see (?:it|them|that|this|those|(?:the|your) [a-z-]+(?: [a-z-]+)?)(?: (?:there|listed|on (?:your|the) [a-z-]+|under [a-z-]+(?: [a-z-]+)?))?|(?:does|do|is|are) (?:it|that|they|(?:the|your) [a-z-]+(?: [a-z-]+)?) (?:show up|show|appear|load|open|play|connect|print|sync|work|working)(?: (?:up|properly|correctly|ok|okay|again|for (?:you|u)))?) (?:now|yet)(?<!\bwork now)(?<!\bworking now))`,
    // "Let me know if it prints!", "let me know if the book shows up on your Kindle", "lmk if it connects" (a result
    // of the steps; not "let me know if it opens a new tab", "…if it shows an error", which describe a step)
    r`\blet (?:me|us) know (?:if|whether) (?:it|that|this|they|everything|(?:the|your) [a-z-]+(?: [a-z-]+)?) (?:prints|printed|connects|connected|loads|loaded|opens|opened|syncs|synced|plays|downloads|downloaded|installs|installed|goes through|went through|comes through|came through|shows up|showed up|appears|appeared|pops up|popped up|lets (?:you|u) in|let (?:you|u) in|logs (?:you|u) in|signs (?:you|u) in|fixes (?:it|things|that|the problem)|fixed (?:it|things|that|the problem))\b(?! (?:a|an|in a|in another|as|with an?)\b)`,
  ),
  // restating a tech problem before the help: "So you can't get past the security questions", "ok so you keep
  // getting error 1003", "So you're locked out of ID.me", "so you're stuck on the loading screen" (at a sentence's
  // start, after a comma or "ok"). Not an explanation of a rule: "So you can't renew it online, you'd have to call",
  // "so you can't borrow more than 10 unless…" (a condition, a limit or the way out follows in the sentence)
  restatement: v10.plus(
    'restatement',
    r`\bso\b(?<=(?:^|[.!?;:,] |\b(?:ok|okay|right|alright|hmm|ah|oh|gotcha|got it) )so)(?= (?:(?:you|u) (?:cant|cannot|arent able to|are unable to|couldnt|werent able to|keep getting|keep seeing|keep being|kept getting|get an error|got an error|lost|forgot)|(?:youre|you are|ur) (?:locked out|stuck|getting|seeing|having (?:trouble|issues|problems|difficulty)|unable to|not able to))\b(?![^.!?]*\b(?:until|unless|without|if|because|but|more than|after|before|anymore|youd|youll|you will|you would|you have to|you need to|instead|either|only)\b))`,
  ),
  // "Can you tell me the e-mail you use for hoopla?", "could you send me the email you registered with": a request to
  // the patron, not the provider promising to write ("can … email you", "can … send … you"); "Can I email you the
  // list?" still promises
  followupPromise: v10.widen('followupPromise', [[3, r`(?<!\b(?:they|he|she|who|which) (?:can|could))`, r`(?! (?:you|u) )`]]),
  followupSend: v10.widen(
    'followupSend',
    [[0, r`(?<!\b(?:they|he|she|who|which) (?:can|could))`, r`(?! (?:you|u) )`]],
    // a send promised for later with no "you": "I'll send the steps with screenshots tonight", "we'll email the list
    // tomorrow", "I'll text the link later today" (the time makes it later: "I'll send the link now", "…in a sec"
    // are in the chat)
    r`\b(?:send|email|mail|text)\b(?<=\b(?:ill|i will|well|we will|im going to|i am going to|were going to|gonna|i can|we can|i shall) (?:then |also |just |happily )?(?:send|email|mail|text))(?= (?:it|them|that|this|those|these|everything|a copy|copies|(?:the|a|an|my|our|those|these|some|all the) [a-z-]+(?: [a-z-]+){0,3})(?: (?:with|and|plus) (?:[a-z-]+ ){0,3}?[a-z-]+)? (?:tonight|tomorrow|later|later today|this (?:afternoon|evening|week)|by (?:tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end of)|first thing|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|within)\b)`,
  ),
  // the patron's address asked or repeated as the one on the card: "Is it the e-mail on your card, x@y.org?", "the
  // phone on your library account"; and "I'll write to x@y.org by Friday" (the provider will write to it: an e-mail
  // right after "write/reply/send it to"; "I'll forward your question to ask@agency.gov" is left out: no "forward",
  // no "your question")
  patronContactContext: v10.widen(
    'patronContactContext',
    [[3, r`(?:request|account|`, r`card|library card|library account|profile|registration|`]],
    r`\b(?:write|reply|respond|send|email)\b(?<=\b(?:ill|i will|well|we will|im going to|i am going to|were going to|ill then|well then) (?:write|reply|respond|send|email))(?: (?:back|it|them|this|that|everything|those|these|(?:the|a|my|our) [a-z-]+(?: [a-z-]+)?))? to(?= [a-z0-9._%+-]+@)`,
  ),
  // support desks as parties: "contact Amazon's device support", "call Samsung support", "OverDrive's support team",
  // "tech support", "customer support" (not "the app doesn't support it", "Libby's support page", "support for
  // Kindles")
  referralParty: v10.plus(
    'referralParty',
    r`\bsupport\b(?<=\b(?:customer|tech|technical|device|product|it|account|member|app|vendor|[a-z]+s) support)(?<!\b(?:does|is|was|has|its|this|thus|plus|always|also|doesnt|isnt|wasnt|hasnt|dont|it does) support)(?! (?:page|pages|site|website|article|articles|forum|forums|docs|documentation|for|of|it|them|this|that)\b)`,
    // device makers and carriers one takes a device to or calls: "take it to Apple", "call Samsung at 1-800-…",
    // "the Geek Squad" (not "Apple Books", "the Google Doc", "Amazon's website", "your Google account", "a Samsung",
    // "your old Dell": a device)
    r`\b(?:apple|samsung|amazon|google|microsoft|dell|lenovo|acer|asus|kobo|geek squad|genius bar|best buy|verizon|comcast|xfinity|t-mobile)\b(?<!\b(?:your|my|a|an|his|her|their|old|new|own) [a-z&-]+(?: [a-z&-]+)?)(?! (?:app|apps|books?|play|drive|docs?|sheets|slides|classroom|account|accounts|id|music|tv|maps|photos|chrome|chromebook|kindle|fire|watch|pencil|pay|card|website|site|page|pages|help page|support page|store app|appstore|device|devices|tablet|phone|ipad|iphone|browser|search|meet|forms?|calendar|mail|gmail|podcasts?|prime|storefront|kindles?)\b)`,
  ),
  // taking a device to those who repair or help with it: "take it to Apple", "take your iPad to the Apple Store",
  // "bring your laptop over to the Tech Help desk" (the party right after "to": a maker, a desk, a store, a shop, a
  // lab, staff). Not "bring proof of address to any branch", "bring a photo ID to a branch and the desk can print a
  // new card" (a transaction at the library, which earlier rounds do not read as a referral), "bring it back to", a
  // return, or "take a screenshot to show…", a purpose
  referralVerb: v10.plus(
    'referralVerb',
    r`\b(?:bring|take)\b(?= (?:it|them|that|this|(?:a|an|the|your|some|any)(?: [a-z-]+){1,4}?) (?:in |over |down |along )?to (?:(?:the|a|an|any|one of|your|our|its|their) )?(?:(?!(?:and|or|then|but|where|so)\b)[a-z&-]+ ){0,3}?(?:apple|samsung|amazon|google|microsoft|dell|lenovo|acer|asus|kobo|geek squad|genius bar|best buy|verizon|comcast|xfinity|t-mobile|desk|desks|help desk|helpdesk|lab|labs|staff|team|store|stores|shop|shops|repair shop|technician|technicians|tech|techs)\b)`,
  ),
  // a party that can reset or unlock an account or login itself: "your school's librarian can reset it", "the
  // circulation desk can unlock your account", "Google can reactivate it" (not "Libby can reset…": the subject must be
  // a party; not "fix", "repair", "restore": "I'll email the branch manager so they can fix it", "owners pay so they
  // can restore the brick" say what someone else does)
  referralCanHelp: v10.widen('referralCanHelp', [
    [
      1,
      r`(?:update|fix|sort|reset|waive|unblock|reissue) (?:[a-z]+ ){0,3}?(?:for you|on their end)|`,
      r`(?:reset|unlock|unblock|reactivate|reissue) (?:it|that|this|them|those|(?:your|the) [a-z-]+(?: [a-z-]+)?)(?= *(?:$|[.,;!?]| (?:for (?:you|u)|on their end|over the phone|in person|if|once|after|when|too|as well|quickly|right away|while you wait)\b))|`,
    ],
  ]),
}));

// ---- v10 (X): idle patrons, check-ins, disconnect notices and endings
const phrasesV10X = block(phrasesV10W, (v10) => ({
  // (test/tenth-round-endings.test.ts)
  // the end announced of a session named with its kind: "I'll end this text session", "closing this chat session now",
  // "I'll be closing this SMS conversation", "This chat session will be closed due to inactivity" (the kind word
  // only between the article and the noun, so "end this" alone, "chat with you later" and "the text of the session"
  // are not read)
  willEnd: v10.widen(
    'willEnd',
    [
      [0, r`(?:(?:this|the|our|your) )?`, r`(?:(?:text|sms|chat|online|live|reference) )?`],
      [1, r`\b(?:this|the|our|your) `, r`(?:(?:text|sms|chat|online|live|reference) )?`],
      [2, r`(?:(?:this|the|our) )?`, r`(?:(?:text|sms|chat|online|live|reference) )?`],
      [7, r`(?:(?:this|the|our|your) )?`, r`(?:(?:text|sms|chat|online|live|reference) )?`],
    ],
    // the session wrapped up with its object between: "I'm going to wrap this session up", "I'll wrap our chat up now",
    // "we'll be wrapping this conversation up" (keyed on "wrap"; a speaker who will do it before it, so "let's wrap this
    // search up" and "wrap the chat up in a summary?" asked of the patron are left out: the noun must be the chat)
    r`\bwrap(?:ping)? (?:this|the|our|your) (?:(?:text|sms|chat|online|live|reference) )?(?:chat|session|conversation|thread) up\b(?<=\b(?:shall|ill|i will|im going to|i am going to|going to|gonna|will|i have to|i need to|i must|im|i am|we will|well|were going to|be)(?: now| therefore| then| soon| shortly)?(?: go ahead and)? wrap(?:ping)? [a-z ]+ up)`,
  ),
  // check-ins that ask whether the messages still reach the patron: "Can you still see my messages?", "Are you still
  // getting my texts?", "Are my messages coming through?", "r u still receiving these messages?" (keyed on the
  // noun; "my"/"these" and a question mark after, so "Can you see the messages in your inbox?" (e-mail help) and "you
  // can see my messages in the transcript" are not check-ins)
  stillThere: v10.plus(
    'stillThere',
    r`\b(?:messages?|msgs?|texts?|replies|chats?)\b(?<=\b(?:can|do|are|did|could) (?:you|u) (?:still )?(?:see|read|get|getting|receive|receiving|hear) (?:my|these|our) (?:messages?|msgs?|texts?|replies|chats?))(?=(?: (?:ok|okay|still|now|there|on your end|on your side))?[ !.]*\?)`,
    r`\b(?:messages?|msgs?|texts?|replies)\b(?<=\b(?:are|is) my (?:messages?|msgs?|texts?|replies))(?= (?:still )?(?:coming|going|getting) through\b[^.!?]{0,20}\?)`,
  ),
  // invitations back in Spanish with a new chat: "si necesita algo más, puede iniciar un nuevo chat cuando quiera", "no
  // dude en abrir otro chat", "puedes empezar una nueva consulta" (after a modal or an invitation, so "para iniciar un
  // nuevo chat, pulse el botón" (instructions) is left out)
  inviteBack: v10.plus(
    'inviteBack',
    r`\b(?:iniciar|abrir|empezar|comenzar|volver a abrir|volver a iniciar)\b(?<=\b(?:puede|puedes|pueden|podra|podras|dude en|dudes en|invito a|invitamos a|siempre puede|siempre puedes) (?:volver a )?(?:iniciar|abrir|empezar|comenzar))(?= (?:un |una |otro |otra )?(?:nuevo chat|chat nuevo|otro chat|nueva (?:sesion|conversacion|consulta)|chat)\b)`,
  ),
  // the time up, said as reaching its end: "We've reached the end of the time I can spend on one chat", "we're at the
  // end of our chat time", "that's the end of your session time, so…" (keyed on "end"; reached/at/hit/come to before
  // it and a time of the chat or the patron after it; a condition ("if we reach the end of our time", "when we get to
  // the end of the time") and a time of something else ("at the end of the time period", "the end of the time
  // slot you booked") are left out)
  dismissalHard: v10.widen(
    'dismissalHard',
    // "You've used up your chat time for today" (v2's "used up your time" with the kind of time between)
    [[10, r`(?:your|all your|the|all the) `, r`(?:(?:chat|session|text|question|help) )?`]],
    r`\bend of (?:your|our|the|my) (?:(?:chat|session|text|allotted|allowed) )?time\b(?<=\b(?:reached|hit|at|come to|came to|thats|that is|this is) the end of [a-z ]+)(?<!\b(?:if|when|once|before|until|till|in case) [a-z ]{0,30}end of [a-z ]+)(?=[.!,;]| *$| so\b| (?:i|we) (?:can|could|have|get|are allowed)\b| (?:for|on|in|with) (?:this|the|your|our|one|a|each) (?:chat|session|conversation|patron|question)\b| (?:limit|allotted|allowed|for today|today)\b)`,
  ),
  // a way back that is a number or address to reach someone: "I have to step away, but call the History Center desk at
  // 415-557-4567", "email us at ask@lib.org and we'll finish it", "text the branch on 07700 900123" (keyed on the verb,
  // with the phone or e-mail in the same sentence after "at"/"on"; read only in a message that dismisses)
  wayBack: v10.plus(
    'wayBack',
    r`\b(?:call|phone|ring|email|text|contact|reach|write to)\b(?=[^.!?]{0,60}? (?:at|on) (?:\+?\d[\d ().-]{6,}\d|[a-z0-9._-]+@[a-z0-9-]+\.[a-z]))`,
  ),
  // city and regional domains: "culturepass.nyc", "bpl.boston", "visit.scot" (rare words, so a missing space after a
  // full stop ("ok.today") is not read as a domain)
  url: v10.widen('url', [[1, r`\.(?:com|`, r`nyc|boston|miami|london|berlin|tokyo|scot|wales|quebec|`]]),
}));

// ---- v10 (Y): follow-ups and referrals in practice: forwarding, when to expect, confirming contacts
const phrasesV10Y = block(phrasesV10X, (v10) => ({
  // (test/tenth-round-followthrough.test.ts)
  // completeness: "Are the Sanborn sheets what you were looking for?", "Are these articles helpful?", "Aren't those the
  // right forms?": v1's first alternative opened on "does/did/do/has/have/is/was/were/will/wont/would" but not "are"
  // (its subjects and verbs stay as they are, so "Are you able to…?" and "Are your kids working on…?" stay out);
  // a title or name offered, asked about: "Does the NoveList one ring any bells?", "Does the name Tillie ring a
  // bell?", "Ring any bells?", "Is that name familiar?", "Do any of these look familiar?" (keyed on the rare last word;
  // not "Are you familiar with Libby?", which asks about the patron); "Is Guadalupe possibly her?", "Could Ray be
  // him?", "Was it maybe them?" (a record found; a hedge or "be" before the pronoun, the sentence ending there: "Is
  // Mary with her?" has none)
  completeness: v10.widen(
    'completeness',
    [[0, r`\b(?:does|did|do|has|have|is|was|`, r`are|`]],
    r`\bbells?\b(?<=(?:\b(?:does|do|did|would|will|could|can)(?:nt)? (?:[a-z-]+ ){1,5}?|^)ring (?:a|any) bells?)`,
    r`\bfamiliar\b(?<=\b(?:does|do|did|is|are|was|were)(?:nt)? (?!(?:you|u|your|ur)\b)(?:[a-z-]+ ){1,5}?(?:(?:look|looks|sound|sounds|seem|seems) )?familiar)`,
    r`\b(?:him|her|them)\b(?=[?!. ]*$)(?<=\b(?:is|was|could|might|would) (?!(?:you|u)\b)[a-z-]+(?: [a-z-]+)? (?:possibly|maybe|perhaps|actually|by any chance|be) (?:him|her|them))`,
  ),
  // "Could Josiah be him?", "Could Lupe be her?": a record found, asked about (v7 kept only "could that/this be him"
  // out of the offers; any one word before "be him/her/the one" now is), so completeness may read it
  offerQuestion: v10.widen('offerQuestion', [[0, r`|could(?! (?:that|this|these|those`, r`|[a-z]+`]]),
  // "I will make a copy of the page from the microfiche and send you a copy", "I'll pull the reel from storage and email
  // you the article": the work off the chat, then the sending (keyed on the rare place word; followupSend's first
  // alternative allows eight words between "will" and "send", which such sentences pass)
  followupSend: v10.plus(
    'followupSend',
    r`\b(?:microfilm|microfiche|storage|stacks|vault|offsite|off-site)\b(?<=\b(?:ill|i will|we will|well|i can|we can|im going to|i am going to)(?: [a-z]+){0,8} (?:microfilm|microfiche|storage|stacks|vault|offsite|off-site))(?=(?: [a-z]+){0,3}? (?:and )?(?:then )?(?:send|email|e mail|mail|forward|text) (?:[a-z]+ ){0,4}?(?:to )?(?:you|u)\b)`,
  ),
  // "I will pull it from the microfilm and send you a scan", "I'll send you a photocopy of the page": a copy made off
  // the chat, from film or on paper, comes later (v1 asked for "email", "later", "tomorrow"…); "scan" alone stays
  // out ("I can send you a scan of the page here" is often attached in the chat)
  followupLater: v10.widen('followupLater', [[0, r`\b(?:email|`, r`photocopy|photocopies|microfilm|microfiche|`]]),
  // "I'll text you when it is on the hold shelf", "I will call you once it comes in": the provider's own promise
  // (v1 reads "when it arrives / is ready" as the library system's notice, as "We'll email you when your hold is
  // ready" still is: only "I" with a personal text, call or e-mail to the patron is let through)
  notPromise: v10.swap(
    'notPromise',
    1,
    phrasesV10X.notPromise[1] +
      r`(?<!\b(?:ill|i will|i can|i shall)(?: [a-z]+){0,10}? (?:text|call|phone|ring|email|e mail|message) (?:you|u) (?:when|once|as soon as) (?:it|they|your [a-z]+|the [a-z]+) (?:is|are|arrives?|comes? in|becomes?|gets?))`,
  ),
  // the time of the follow-up in a parting line: "Talk to you Tuesday!", "Speak with you tomorrow afternoon" (the
  // promise made earlier; "Talk to you soon" names no time and stays out, as whenExpect has no "soon")
  deliveryVerb: v10.widen('deliveryVerb', [[0, r`\b(?:send|`, r`talk (?:to|with) (?:you|u)|speak (?:to|with) (?:you|u)|`]]),
  // when, in months: "before the end of the month", "early next month", "sometime this month", "within a month", "in
  // two months" (v1's times run to "by the end of the month" and weeks; keyed on the rare "month")
  whenExpect: v10.plus(
    'whenExpect',
    r`\bmonth\b(?<=\b(?:next|this|(?:end|start|beginning|middle) of (?:the|this|next)) month)`,
    r`\bmonths?\b(?<=\b(?:in|within|inside) (?:the next )?(?:a|one|two|three|\d+|a couple of|a few) months?)`,
  ),
  // the patron's contact read back as a tag question: "That's kb@example.org, right?", "at 410-555-0150 right?"
  // (v1's "right\?" needed a word after the "?"); only sentences with an e-mail or phone are tried
  // and asked about as "the right number": "Is 0113 496 0321 the right number?", "Is kb@example.org the best email for
  // you?" (a question only: "Call the clerk, the right number is 410-…" is no check with the patron)
  patronContactContext: v10.plus(
    'patronContactContext',
    r`\bright(?= ?\?)`,
    r`\b(?:right|correct|best|current|same)\b(?<=\bthe (?:right|correct|best|current|same))(?= (?:number|email|e mail|email address|address|phone|phone number|cell|mobile)\b[^.!?]*\?)`,
  ),
  // "call 2-1-1", "dial 3-1-1" (the N-1-1 lines written with dashes; "call 211" was already a phone)
  phone: v10.widen('phone', [[3, r`(?:\d{3}|`, r`[2-9]-1-1|`]]),
  // referring verbs: "You could try the courthouse in person", "try the county clerk's office" (a party to visit;
  // not "try the catalog", "try the courthouse website": only "in person" or a place that is always a party, with no
  // resource word after it); "send the Census Bureau your question through ask.census.gov", "send the clerk a note"
  // (not "I'll send the branch a note": a provider's own act, SELF_BEFORE); "send your question to the Register's
  // office" (not "to us", "to me", "to our chat")
  referralVerb: v10.plus(
    'referralVerb',
    r`\btry\b(?= (?:the|your|a|an) (?:[a-z&-]+ ){0,4}?in person\b)`,
    r`\btry\b(?= (?:the|your) (?:local |nearest |county |city |town |district )?(?:courthouse|city hall|town hall|clerks? office|county clerk|post office|embassy|consulate|historical society|genealogical society)\b(?! (?:website|site|web site|page|catalog|catalogue|database|online|app|portal|search|index|forms?)\b))`,
    r`\bsend\b(?= (?:the|your) (?:[a-z&-]+ ){1,5}?(?:your|a|an) (?:question|questions|query|inquiry|enquiry|request|message|note|complaint|letter)\b)`,
    r`\bsend\b(?= (?:your|the|a|an) (?:question|questions|query|inquiry|enquiry|request|complaint|letter|message) to (?!(?:us|me|our|this)\b)[a-z])`,
    // "dial 3-1-1 and ask for the recorder", "dial (410) 555-0100": a number to call (only before digits)
    r`\bdial(?:ing)?\b(?= (?:\+?1[ .-]?)?\(?\d)`,
  ),
  // a Spanish parting that ends the message: "Con gusto. ¡Buenas noches!", "Suerte con el trámite, buenas tardes." (not
  // "Buenas noches, soy Lucía…", the greeting, which goes on after a comma; a bare "¡Buenas tardes!" opening the chat
  // is kept out in code: `openingNotPartingZ`)
  farewell: v10.plus('farewell', r`\bbuenas (?:noches|tardes)\b(?= *[!.]* *$)`),
  // people the patron may be told to ask: "ask your caseworker about a fee waiver", "talk to your social worker", "your
  // parole officer can tell you", "check with your employer"; and "the courthouse" as a place to visit
  referralParty: v10.plus(
    'referralParty',
    r`\b(?:caseworkers?|case workers?|social workers?|parole officers?|probation officers?|employers?|union reps?|union representatives?|shop stewards?|courthouses?)\b`,
  ),
}));

// ---- v10, second wave (Z1): academic, law, medical and government-information libraries
const phrasesV10Z1 = block(phrasesV10Y, (v10) => ({
  // (test/tenth-round-academic.test.ts)
  // completeness asked of steps given for a problem: "Did clearing the cookies fix it?", "Did that solve the problem?",
  // "Has the restart sorted it out?" (keyed on the rare verb; a subject of one to four words other than "you": "Did you
  // fix it?" asks what the patron did; the question must end after the object: "Did IT fix it yet?" and "Did the
  // clerk fix the date on the form?" stay out)
  // and "Does that match your letter?", "Does this match what you need?" (a citation, form or record given, held against
  // the patron's need; "Does the name match the one on your card?" names no need and stays out)
  completeness: v10.plus(
    'completeness',
    r`\b(?:fix|solve|resolve|sort|clear)\b(?<=\b(?:did|does|has|have)(?:nt)? (?!(?:you|u|ya|anyone|anybody|someone|somebody)\b)(?:[a-z-]+ ){1,4}?(?:fix|solve|resolve|sort|clear))(?= (?:it|that|this|things|the (?:problem|issue|error|loop|login))(?: (?:out|up))?(?: for (?:you|u))?[ !.]*\?)`,
    r`\bmatch\b(?<=\b(?:does|did|do|will|would)(?:nt)? (?:that|this|it|these|those)(?: (?:one|example|citation|format|record|form|entry|version))? match)(?= (?:(?:your|ur) (?:needs?|question|request|topic|assignment|citation|source|letter|document|record|article|case|book|item|paper|project|brief)\b|what (?:you|u) (?:need|needed|want|wanted|were|are|had|have)\b)[^.!?]{0,40}\?)`,
  ),
  // the patron done in two words after a sentence of their own: "yeah the ebook is perfect. thats it thanks" (v1 reads
  // "perfect, thats it" inside one sentence; "thats it" opening a sentence counts only with thanks after it: "thats
  // it! the blue cover" says the record is the one)
  patronDone: v10.plus('patronDone', r`^thats it\b(?=[ ,!.]*(?:thanks|thank you|thx|ty|tysm|cheers)\b)`),
  // an English parting that ends the message after the provider's last words: "You are welcome. Good evening.", "Thank
  // you, Professor. Good day." (as block Y's "buenas noches"; "Good evening, this is Jo at…" goes on and is the greeting;
  // keyed on "evening"/"day" with "good" looked behind, as "good" opens many chat sentences; a bare "Good evening!"
  // opening the chat is kept out in code: `openingNotPartingZ`)
  farewell: v10.plus('farewell', r`\b(?:evening|day)\b(?<=\bgood (?:evening|day))(?=[ !.]*$)`),
  // referring verbs of law and medical libraries: "Submit a FOIA request to the FBI", "file a public records request
  // with the county", "send your appeal to the agency" (a request written to a party: RUBRIC.md's "write to"; not "to
  // us", "to me", "to our chat"); "please discuss them with your physician", "discuss your options with an attorney"
  // (a person the patron is to talk to; "I discussed it with our law librarian" is past and the provider's own act)
  referralVerb: v10.plus(
    'referralVerb',
    r`\b(?:submit|submitting|file|filing)\b(?= (?:a|an|your|the) (?:[a-z-]+ ){0,3}?(?:request|appeal|complaint|claim|petition|application) (?:to|with) (?!(?:us|me|our|this)\b)[a-z])`,
    r`\bdiscuss\b(?= (?:(?!with\b)[a-z-]+ ){0,5}?with (?:your|a|an|the|their) [a-z])`,
  ),
  // a party that offers a consultation or can go through the patron's work with them: "the Lawyer Referral Service
  // offers a 30-minute consult for $50", "the legal aid clinic offers free consultations" (an offer of a consultation or
  // appointment only: "Our library offers free Wi-Fi" is left out); "the Writing Center can go through it with you",
  // "the clinic can look over your forms with you", "a tutor can talk it through with you" (the verb list of v1's modal
  // alternative widened, so the subject before the modal must be a party as for every referralCanHelp: "I can go over
  // it with you" is the provider's own offer)
  referralCanHelp: v10.widen(
    'referralCanHelp',
    [[1, r`? (?:help|`, r`(?:go|look|read|work|talk|run)(?: it| this| that| them| these| those| (?:your|the) [a-z-]+(?: [a-z-]+)?)? (?:through|over)(?: (?:it|this|that|them|these|those|(?:your|the) [a-z-]+(?: [a-z-]+)?))? with (?:you|u)\b|`]],
    r`\boffers?\b(?= (?:a |an |free |low-cost |low cost |one-on-one |one on one )*(?:[0-9-]+ ?(?:minute|min|hour) )?(?:free |low-cost )?(?:consults?|consultations?|appointments?)\b)`,
  ),
  // federal agencies the patron is sent to by their initials: "submit a FOIA request to the FBI", "write to NARA"
  referralParty: v10.plus('referralParty', r`\b(?:fbi|doj|dhs|epa|osha|ftc|fcc|cdc|nih|fda|cms|nara|uspto|eeoc|hhs)\b`),
}));

// ---- v10, second wave (Z2): transcripts from other chat software: system lines, attachments, auto-messages
const phrasesV10Z2 = block(phrasesV10Z1, (v10) => ({
  // (test/tenth-round-software.test.ts)
  // the patron gone: v6's "without a reply" after "minutes" was for the time already passed ("It's been a few
  // minutes without a reply", "ten minutes now without any response"); an inactivity timer's "This chat will close in
  // 2 minutes without a reply", "will end within five minutes without a response", "after 3 minutes without any
  // activity" counts forward to the end and says nothing of the patron having gone (a condition, as v4's "if I don't
  // hear back" is). Left out: a count after "in / within / after" only; "been 5 minutes without" and "for ten minutes
  // without a reply" stay in.
  seemGone: v10.widen('seemGone', [
    [
      18,
      r`answer)\b`,
      r`(?<!\b(?:in|within|after) (?:another |the next |about |around |roughly |approximately )?(?:[0-9]+|a|one|two|three|four|five|ten|fifteen|a few|few|a couple of|couple of|a couple) (?:more )?(?:minutes?|mins?) without [a-z ]+)`,
    ],
  ]),
  // the patron done: "nope 🙂 that's it", "ok 👍 thats it", "no :) thats it", "thanks!! 🙏 that's it": an emoji or
  // emoticon the widget or phone kept between the answer word and v5's "that's it" (the family had only spaces and
  // , . ! there). Left out: "that's it" with no answer word before it ("That's it 🙂 that's the book!" names a find),
  // and the exclusions after "that's it" stay as they were.
  patronDone: v10.widen('patronDone', [[2, r`|alright)`, r`(?:[ ,.!]*(?:[\ud83c-\ud83e][\udc00-\udfff]|[\u2600-\u27bf]\ufe0f?|[:;]-?[)dp]))*`]]),
  // the session will end, said in a second verb after the chat's state: an auto-close's "This chat has been inactive
  // for 5 minutes and will now be closed", "Your session has timed out and will be ended", "The chat has had no
  // activity and is about to close", "this conversation was idle and will end shortly" (v1's subject-then-"will"
  // wanted nothing between; keyed on the closing verb, the subject and "and will" looked for behind it within 60
  // characters of one clause). Left out: a condition on the subject ("if this chat is idle and will…" does not occur;
  // "if" before it is refused all the same), other subjects ("the library has been busy and will close at 9": the
  // subject must be the chat, session or conversation), and the chat's window or transcript.
  willEnd: v10.plus(
    'willEnd',
    r`\b(?:close|end|closed|ended|terminated|disconnected)\b(?<=\b(?:this|the|our|your) (?:(?:text|sms|chat|online|live|reference) )?(?:chat|session|conversation) (?:has|had|is|was) [a-z0-9 ]{1,60} and (?:will|is going to|is about to|is gonna) (?:soon |shortly |now |automatically )?(?:be )?(?:close|end|closed|ended|terminated|disconnected))(?<!\b(?:if|when|once|unless|until|whenever) (?:this|the|our|your) [a-z0-9 ]{1,80})(?! (?:window|tab|transcript|box|app)s?\b)`,
  ),
}));

// ---- v10, second wave (Z3): community information and patrons whose first language is not English
const phrasesV10Z3 = block(phrasesV10Z2, (v10) => ({
  // (test/tenth-round-community.test.ts)
  // greetings in the languages of a public library's newcomers, written in Latin letters as providers type them: "Xin
  // chào!", "Chào bạn" (Vietnamese; "chao" alone stays a Spanish/Italian parting), "Selam!" (Amharic), "Salam",
  // "Assalamu alaikum" (Arabic/Persian/Urdu), "Marhaba", "Ahlan" (Arabic), "Annyeonghaseyo" (Korean), "Ni hao" (Chinese),
  // "Zdravstvuyte", "Privet", "Dobryy den" (Russian), "Bonjou", "Bonswa" (Haitian Creole), "Bom dia", "Boa tarde" (Portuguese),
  // "Kumusta", "Magandang umaga" (Tagalog), "Jambo", "Habari" (Swahili), "Shalom", "Konnichiwa", "Bonsoir",
  // "Buongiorno". Each alternative opens on the rare word itself; "salamat" (Tagalog thanks) is no greeting
  greeting: v10.plus(
    'greeting',
    r`\b(?:xin chao|chao (?:ban|anh|chi|em|co|chu|bac|ong|ba|quy khach)|selam|salaam|salam(?: alaikum| alaykum|u alaikum)?|assalamu? ?(?:alaikum|alaykum)|as salaamu? (?:alaikum|alaykum)|marhaba(?:n)?|ahlan(?: wa ?sahlan)?|annyeong(?:haseyo|hasimnikka)?|anyoung ?haseyo|ni hao|nin hao|zdravstvuyte|zdravstvujte|zdravstvuite|privet|dobryy den|dobry den|dobryj den|bonjou|bonswa|bom dia|boa (?:tarde|noite)(?! (?:e|a|para)\b)|kumusta|magandang (?:umaga|hapon|gabi|araw)|jambo|habari|shalom|konnichiwa|bonsoir|buongiorno)\b`,
  ),
  // Spanish introductions of the library or service with "le/te atiende", "le saluda": "¡Buenas tardes! Le atiende la
  // Biblioteca del Condado de Howard" (selfIntro had them for a name; the library named after them now says who is
  // answering too). Keyed on the rare verb; "atiende" in "la biblioteca atiende de 9 a 5" has no "le/te" before it
  selfAffiliationLead: v10.plus('selfAffiliationLead', r`\b(?:atiende|atendera|saluda)\b(?<=\b(?:les?|te|los) (?:atiende|atendera|saluda))`),
  // thanks in the patrons' languages, in a provider's closing line ("Mèsi!", "Obrigada pela paciência", "Spasibo!"):
  // Portuguese, Russian, Chinese, Korean, Arabic/Urdu, Haitian Creole, Tagalog, Swahili, German, Italian, Nepali/Hindi,
  // Amharic, Japanese, Malay. Left out: "toda" (Hebrew thanks, Spanish "all"). "cam on" (Vietnamese) apart, with the
  // webcam readings left out: "turn your cam on", "cam on the desk"
  thanks: v10.plus(
    'thanks',
    r`\b(?:obrigad[oa]s?|spasibo|spaseeba|xie ?xie|xiexie|kamsahamnida|gamsahamnida|kamsahapnida|gomapseumnida|komapsumnida|shukran|shukriya|mesi(?: anpil)?|salamat(?: po)?|asante(?: sana)?|danke(?: schon| sehr)?|grazie|dhanyavad|dhanyabad|dhanyawad|ameseginalehu|amesegenallo|amesegnalehu|arigato|arigatou|terima kasih)\b`,
    r`\bcam on\b(?<!\b(?:the|your|ur|my|his|her|their|our|a|web|dash|body|nanny|spy|live) cam on)(?! (?:the|your|my|a|an|it|and|or|during|while|for|in|at)\b)`,
  ),
  // partings in the same languages: "Au revoir", "À bientôt", "Bonne journée" (French), "Tchau", "Até logo", "Boa sorte"
  // (Portuguese), "Tạm biệt", "Hẹn gặp lại" (Vietnamese), "Do svidaniya" (Russian), "Ma'a salama" (Arabic), "Annyeonghi
  // gyeseyo" (Korean; bare "annyeong" is also hello and stays out), "Zaijian" (Chinese), "Paalam", "Ingat po" closing the
  // message (Tagalog), "Orevwa", "Bon chans" (Haitian Creole), "Kwaheri" (Swahili); "boa noite" only closing the message
  // (it also greets)
  farewell: v10.plus(
    'farewell',
    r`\b(?:au revoir|a bientot|a la prochaine|bonne (?:journee|soiree|nuit|fin de journee|continuation|chance)|tchau|ate (?:logo|breve|a proxima)|boa sorte|tam biet|hen gap lai|do svidaniya|dosvidaniya|do svidanya|ma ?a salama|maasalama|ma salama|annyeonghi (?:gaseyo|gyeseyo|kyeseyo|kaseyo)|zai ?jian|paalam|orevwa|bon chans|kwaheri)\b`,
    r`\b(?:ingat|boa noite)\b(?=(?: (?:po|ka|kayo))?[ !.]*$)`,
  ),
  // the patron done, in second-language English and in their language: "merci beaucoup. it is all I need" (v9's "it is
  // all" needed the end of the sentence or thanks after it; now also "I/we need(ed)/want(ed)"); "c'est tout, merci", "se tout
  // sa m te bezwen" (French, Haitian Creole: "that's all (I needed)", keyed on the rare "tout"; "c'est tout à fait" goes on
  // and stays out); "vậy thôi" (Vietnamese "that's all", keyed on "thoi"); "é tudo", "só isso, obrigado" (Portuguese, only
  // closing the sentence or before thanks: "é tudo muito caro" goes on)
  patronDone: v10.widen(
    'patronDone',
    [[20, r`(?=`, r`(?: (?:i|we) (?:need|needed|want|wanted)\b)|`]],
    r`\btout\b(?<=\b(?:se|cest|ce sera|ca sera) tout)(?=[ ,.!]*(?:$|sa (?:m|mwen) (?:te )?(?:bezwen|vle)|merci|mesi|pour (?:moi|aujourdhui|le moment)))`,
    r`\bthoi\b(?<=\b(?:vay|the|chi vay|chi co vay|chi co the) thoi)(?=[ ,.!]*(?:$|cam on|thanks|thank))`,
    r`\b(?:tudo|isso)\b(?<=\b(?:e|era|so|seria) (?:tudo|isso))(?=[ ,.!]*(?:$|obrigad|por (?:hoje|agora)))`,
  ),
  // completeness asked in French, Portuguese and Vietnamese after the answer: "Cela répond-il à votre question ?", "Ça
  // répond à votre demande ?", "Est-ce que cela vous aide ?", "Isso ajudou?", "Esta informação te ajuda?", "Thông tin này
  // có giúp được bạn không?" ("có … không?" asking whether it helps or is useful or right; keyed on the rare last word,
  // the sentence a question: "không có gì" is "you're welcome" and has no "có giúp" before it)
  // and a question about the patron's work history before the answer, "When was your last day of work?", "Is that your
  // line of work?", is no completeness question: v1's first alternative read "was your last day of work" as "was your … work"
  // (as "did that work?"); "work" after "of" is now left out as "work" after "day" was ("Does any of that work?" keeps
  // "that" before it)
  completeness: v10.widen(
    'completeness',
    [
      [0, r`work(?<!\b(?:`, r`of|`],
      // "Did any of that work?", "Does any of this help?" (v1 had "any of these/those/them/the …" only)
      [0, r`any of (?:these|those|them|`, r`that|this|it|`],
    ],
    r`\brepond(?:-il|-elle| il| elle)?\b(?<=\b(?:cela|ca|ceci) repond(?:-il|-elle| il| elle)?)(?= (?:bien )?a (?:votre|ta|vos|tes) (?:question|questions|demande|besoin|besoins)\b[^.!?]*\?)`,
    r`\baide\b(?<=\b(?:cela|ca|ceci) (?:vous|t) aide)(?=[ !.]*\?)`,
    r`\bajud(?:ou|a)\b(?<=\b(?:isso|isto|esta informacao|essa informacao|a informacao) (?:te |lhe |o |a )?ajud(?:ou|a))(?=[ !.]*\?)`,
    r`\bkhong\b(?<=\bco (?:giup|giup ich|huu ich|dung)(?: [a-zđ]+){0,3} khong)(?=[ !.]*\?)`,
  ),
  // domains of the patrons' home countries, as the forms and consulates they are sent to use them: "gov.br/mre",
  // "mofa.gov.vn", "gosuslugi.ru", "diaspora.gouv.ht" (country codes only; ".pt" stays out: "12.pt" is a font size)
  url: v10.widen('url', [[2, r`(?:cymru|`, r`br|vn|kr|cn|tw|hk|ru|ua|ht|et|sa|ae|eg|ng|ke|gh|pk|bd|np|kh|ar|cl|pe|gt|sv|hn|`]]),
  // the groups a newcomer is told to talk to: "a tenants' rights group", "an immigrant advocacy organisation", "the refugee
  // resettlement agency", "a legal clinic", "your neighborhood association" (the kind of group first, then the noun; a
  // bare "group" or "organization" is not a party: "the group study room")
  referralParty: v10.plus(
    'referralParty',
    r`\b(?:tenants?|renters?|housing|immigrants?|immigration|refugees?|resettlement|legal|advocacy|neighbou?rhood|veterans?|seniors?|worker|workers|day laborer|faith)(?: (?:rights|advocacy|aid|services?|support|justice))? (?:groups?|organi[sz]ations?|agenc(?:y|ies)|associations?|unions?|clinics?|councils?|coalitions?|alliances?|networks?|nonprofits?|non-profits?|advocates?|counselors?|counsellors?)\b`,
  ),
  // a later message promised as writing: "I will find an Arabic class for you and write you", "I'll look into it and write
  // back to you" (followupSend had send/e-mail/text/mail; "write you the steps here" goes on with what is written, in the
  // chat, and stays out: only the end of the sentence or a time after "you"; a promise on its own, as "I will get back to
  // you" is, so followupPromise)
  followupPromise: v10.plus(
    'followupPromise',
    r`\bwrite\b(?<=\b(?:ill|i will|we will|well|im going to|i am going to|i shall) (?:[a-z0-9]+ ){0,8}?(?:and )?(?:then )?write)(?:(?: back)? (?:to )?(?:you|u)| (?:you|u) back)(?=[ !.,]*$| (?:by|when|once|as soon as|tomorrow|later|soon|in|within|on|next|with (?:the|what|any))\b)`,
  ),
  // the limit stated as "this is the limit": "You asked already 3 questions, this is the limit for one chat" (v9 had
  // "that's the limit"; keyed on "limit" with "for one chat / per session" after it: "that is the limit per person" for
  // museum passes or "the limit for one card" states a rule about items and stays out)
  dismissalHard: v10.plus(
    'dismissalHard',
    r`\blimit\b(?<=\b(?:this is|that is|it is|its) (?:the|our|my|your) (?:question |questions |time |chat )?limit)(?= (?:for|of|per|on|in) (?:one|a|each|every|this|your|the) (?:chat|session|conversation)\b)`,
  ),
}));

const phrasesV10: RubricPhrases = phrasesV10Z3;

export const rubricV10: Rubric = {
  ...rubricV9,
  version: '10',
  phrases: phrasesV10,
  choiceClarifyU: true,
  forThatLeadInW: true,
  spanishLeadInV: true,
  declinedOfferY: true,
  serviceNameAtY: true,
  yourContactY: true,
  contactBeforeY: true,
  serviceLineY: true,
  ackBetweenY: true,
  urlNotOfferZ1: true,
  resourceNameOwnsUrlZ1: true,
  openingNotPartingZ: true,
  serviceMediumZ2: true,
  htmlLinksZ2: true,
  fragmentsZ2: true,
};

// ---- rubric v11: v10 with the families of an eleventh round of sessions ------------------------------
// (test/eleventh-round-*.test.ts). v10 above stays as it was. Each block derives from the one before it.

// ---- v11 (K1): false passes: behaviours nearly done, in fresh words
const phrasesV11K1 = block(phrasesV10, (v11) => ({
  // (test/eleventh-round-falsepass.test.ts)
  // "I'm here to help.", "We're here until 9.", "It's here", "Still here!" are no "Sam here": a pronoun, a contraction or
  // an adverb opening the sentence is no name (v1's "Sam here", "Jo Smith here" still are); "info here", "help here",
  // "hours here" are headings (the merge: a word after them, "info desk here", is a role and a name)
  selfNameHere: v11.swap(
    'selfNameHere',
    0,
    r`^(?!(?:i|im|ive|id|ill|we|were|weve|wed|well|you|youre|u|ur|it|its|they|theyre|he|hes|she|shes|this|that|thats|there|theres|still|right|just|over|everything|nothing|anything|something|all|more|what|who|and|but|so|ok|okay|yes|no)\b)(?!(?:info|details|help|hours|links?) here\b)[a-z]+(?: [a-z]+)? here\b`,
  ),
  // a hold opened by an acknowledgement: "Okay, checking our catalog and the Lakota collection now.", "Sure, searching
  // now" (v4's alternative needed the verb first; "Ok, checking out is easy" and "Okay, searching by author gives…" stay
  // out by its lookahead)
  hold: v11.widen('hold', [[9, r`^`, r`(?:(?:ok|okay|alright|all right|sure|right|great|got it|no problem|thanks|thank you),? )?`]]),
  // "try one of our databases", "any of the databases": some database, none named ("one of our databases, Academic Search
  // Complete" is still a source by its name; "our databases page" still is one)
  // a service's name inside a web address with a path ("Our hours are at askalibrarian.org/hours") is a link, not the
  // provider saying who is answering ("You've reached AskUsNow.", "Thanks for contacting askusnow.info!" still are)
  selfService: v11.widen('selfService', [[0, r`pregunta a un bibliotecario)\b`, r`(?!\.[a-z]{2,6}(?:\.[a-z]{2,3})?\/)`]]),
  namedResource: v11.widen('namedResource', [
    [0, r`(?<!\b(?:`, r`(?:one|any) of (?:our|the|your|its|their|these|those)(?: [a-z]+)?|(?:some|several|many|a few|most|all) of (?:our|the|your)(?: [a-z]+)?|`],
  ]),
}));

// ---- v11 (K2): timing: pickups, holds, waits, idles and their limits
const phrasesV11K2 = block(phrasesV11K1, (v11) => ({
  // (test/eleventh-round-timing.test.ts)
  // holds in Spanish with the pronoun joined to the verb: "Déjeme consultarlo con una compañera", "Permítame buscarle
  // otra sucursal", "déjame revisarlo" (v1's verbs only, so "Permítame recordarle que cerramos a las 6" stays out)
  // chat-speak holds that open with a bare "sec": "sec, lookin", "1 sec checking", "sec" alone (normalised "second"; at
  // the start of the sentence, then its end or a look-up verb: "Second, bring a utility bill" lists and stays out)
  hold: v11.widen(
    'hold',
    [[20, r`comprobar)`, r`(?:lo|la|los|las|le|les)?`]],
    r`\bsecond\b(?<=^(?:(?:ok|okay|k|kk|sure|alright|yep|yes)[,!.]? )?(?:(?:one|1|a|just a) )?second)(?=[.!,]*$|[.!,]* (?:looking|checking|searching|digging|pulling|lemme|let me)\b)`,
  ),
  // check-ins in the present tense: "Just want to make sure you are still with me.", "wanna make sure ur still there"
  // (v3 had "just wanted to make sure…"; only with a place of being there after "still", so "I want to make sure you
  // still have the link" and "…that you get the right form" are not questions)
  questionOpening: v11.plus(
    'questionOpening',
    r`\bsure\b(?<=^(?:(?:hi|hello|hey|ok|okay),? )?(?:i )?(?:just )?(?:want to|wanna) make sure)(?: that)? (?:youre|you are|u are|u r|ur|were|we are) still (?:there|here|with (?:me|us)|online|connected|around|on the (?:line|chat))\b`,
  ),
}));

// ---- v11 (K3): difficult sessions: rude patrons, refusals, out-of-scope requests, dismissals
const phrasesV11K3 = block(phrasesV11K2, (v11) => ({
  // (test/eleventh-round-difficult.test.ts)
  // the time is up, counted in minutes: "Your 30 minutes are up, so I'll close the chat now" (v1 had "your time is up";
  // not "when your 60 minutes are up, the computer logs you off", a rule told, nor "… are up to you")
  dismissalHard: v11.plus(
    'dismissalHard',
    r`\b(?:minutes|mins)\b(?<=\b(?:your|the|our) (?:\d+|five|ten|fifteen|twenty|thirty|forty|forty five|sixty) (?:minutes|mins))(?= (?:are|is) up(?:[.!,;]| *$| (?:so|and|now|for today|for tonight)\b))(?<!\b(?:when|once|after|until|till|if|before|whenever) (?:your|the|our) [a-z0-9]+(?: five)? (?:minutes|mins))`,
    // too many, said as "a lot of questions tonight": "You've asked a lot of questions tonight and I need to help
    // others" (v8 read "asked a lot of questions already / for one chat"; not "…today, which is great!")
    r`\bquestions\b(?<=\b(?:youve|you have|you)(?: already)? asked (?:a lot of|lots of|so many|quite a few|a bunch of|a ton of|many) questions)(?= (?:today|tonight|this (?:morning|afternoon|evening))\b)(?!(?: (?:today|tonight|this [a-z]+))?,? (?:which|thats|and thats|its|and its) )`,
    // a limit of questions in Spanish: "Ya le contesté tres preguntas, es el máximo por chat" (the maximum per chat)
    r`\bmaximo\b(?<=\b(?:es|ese es|eso es|ya es|llego al|llegamos al|alcanzo el|alcanzamos el) el maximo)(?= (?:de (?:preguntas|consultas) )?por (?:chat|sesion|consulta|persona|conversacion|usuario|usuaria)\b)`,
  ),
  // "k gotta bounce", "aight gotta run": the leading interjections before "got to <go>" (alternative 12) widened with
  // chat-speak ones
  dismissalConvenience: v11.widen(
    'dismissalConvenience',
    [[12, r`^(?:sorry|`, r`k|kk|aight|ight|alright|`]],
    // others to help as the reason to stop: "I need to help others. Goodbye." (a hold, "I need to help another patron,
    // one moment", is let through in code; "so I can help others" was v1's)
    r`\bhelp\b(?<=\b(?:i|we) (?:need|have|must|got) to (?:go )?help)(?= (?:others|other (?:patrons|people|customers|users|students|folks|chats)|(?:someone|somebody) else|the next (?:patron|person|customer|one))\b)`,
    // "I have 4 chats going so gotta close this one", "need to close this one out" (v6 had "close this chat"; not "close
    // this one ticket first")
    r`\b(?:have|need|must|got) to (?:close|end|wrap up) this one\b(?= *(?:out|now|up)?\b *(?:[,.!;]|$|so\b|sorry\b))`,
    // "I'm going to have to cut you off there", "gotta cut u off" (not "I didn't mean to cut you off")
    r`\bcut (?:you|u) off\b(?<=\b(?:have to|need to|going to|gonna|must|got to) cut (?:you|u) off)`,
    // "I need to hop into a meeting", "I've got to run to a meeting" (v9 read "I have a meeting starting")
    r`\bmeeting\b(?<=\b(?:have|need|got|going|must) to (?:hop|jump|head|run|go|get|pop|dash) (?:in|into|to|off to|over to) (?:a|my|another|the|our) meeting)`,
    // "I already answered that. Read the link I sent. Bye." (a refusal to go on that closes the message with a
    // goodbye; "I already answered that above, but here it is again" goes on helping and stays out)
    r`\banswered\b(?<=\b(?:i|ive|i have|weve|we have|we) (?:already )?answered)(?= (?:that|this|it|your question|that question)\b[^?]{0,80}\b(?:bye|goodbye)\b[.! ]*$)`,
  ),
  // another service that stays open is a way back: "our 24/7 chat at askalibrarian.org stays open all night", "the
  // cooperative stays staffed overnight" (a service open all night to go on with; not "the lab is open till 8")
  wayBack: v11.swap(
    'wayBack',
    4,
    // "talk to you later" / "ttyl" is a parting formula, not a way back (v1 read any "later")
    r`\b(?:anytime|any time|later(?<!\b(?:talk|speak) (?:to|with) (?:you|u|ya) later)|tomorrow)\b`,
    r`\b(?:open|staffed|available|running)\b(?<=\b(?:stays|stay|is|are|remains|remain) (?:open|staffed|available|running))(?= (?:all night|overnight|24 ?/ ?7|around the clock|twenty four hours|24 hours)\b)`,
  ),
  // completeness asked of a method or a start given: "Does working it that way make sense?" (v1 read "Does that make
  // sense?" only; not "Does it make sense to renew now?"), "Does that make a good starting point?", "Would that be a
  // good place to start?" (the thing given, judged; not "Would a good starting point be the deed index?")
  completeness: v11.plus(
    'completeness',
    r`\bway make sense\b(?<=\b(?:does|did|would) (?:[a-z]+ ){1,4}?(?:that|this) way make sense)(?= ?\?)`,
    r`\b(?:good|decent|useful|helpful|reasonable|workable) (?:starting point|start|place to start|first step|beginning)\b(?<=\b(?:does|would|will|did|is|was) (?:that|this|these|those|it) (?:make|be|seem like|look like|sound like|feel like)? ?(?:a )?[a-z]+ [a-z ]+)(?= ?\?)`,
  ),
  // "can u txt back in an hr for the rest?", "message back later": an invitation back with a time (v1 had "come /
  // check / pop back"; not "text back with your card number", which asks for something now)
  inviteBack: v11.plus(
    'inviteBack',
    r`\b(?:text|message|chat|write|call|check) back\b(?= (?:in (?:an? |a few |\d+ |one |two |half an? )?(?:hour|hr|hours|hrs|minutes|mins|bit|while)|later|tomorrow|tmrw|after \d|tonight|this (?:evening|afternoon)|when(?:ever)? (?:we|you|u|the library) (?:open|reopen|are open|re open))\b)`,
  ),
  // a party to take a complaint to: "You'd have to take it up with the branch" (the referring verb; the party is
  // found after it as for "contact")
  referralVerb: v11.plus('referralVerb', r`\btake (?:it|this|that|the matter|your complaint|the complaint|your concern) up with\b(?= (?:the|your|a|an|their|[a-z]+s) )`),
  // "contact Amazon's Kindle support": a support team named after a brand's product (v10 read "Apple support",
  // "Libby's support")
  referralParty: v11.widen('referralParty', [[7, r`(?<=\b(?:`, r`[a-z]+s [a-z]+|`]]),
  // "Que les vaya muy bien" (to several: v1 had "que le vaya")
  farewell: v11.widen('farewell', [[11, r`que (?:tenga|tengas|le vaya|`, r`les vaya|`]]),
}));

// ---- v11 (K4): sessions of several questions: the order of questions, sources and completeness
const phrasesV11K4 = block(phrasesV11K3, (v11) => ({
  // a call number after "call" is no call to anyone: "…by Tammy Wylie, call number 635 WY at the Downtown library", "the
  // call number is HV5825 .S65", "call numbers in the 973s" (the object of the referral verb "call" read "number … library"
  // as a party; only call-number shapes after "number": "call number 410-555-1212 for the clerk" is a phone and stays a call)
  referralNotParty: v11.plus(
    'referralNotParty',
    r`^numbers?\b(?=(?::| is| are| was)? (?:\d{3}(?:\.\d+)?(?: [a-z]{1,4}\b|s\b)|[a-z]{1,3} ?\d{1,4}(?:\.\d+)? ?\.[a-z]\d|in the \d{3}s\b))`,
  ),
  // the provider's plan for the search announces a look-up: "I'll start with the book catalogue and then look at maps",
  // "let me start by searching the newspaper archive" (keyed on "start" after "I'll / let me / going to"; the object a
  // place to search or "by searching/checking/looking": "I'll start with your first question: we're open…" answers and
  // stays out)
  holdWeak: v11.plus(
    'holdWeak',
    r`\bstart\b(?<=\b(?:ill|i will|im going to|i am going to|going to|gonna|let me|well|we will|lets) (?:just |first |quickly )?start)(?: (?:by (?:searching|checking|looking (?:in|at|through)|going through|pulling up)\b|(?:with|in) (?:the |our |a few |some )?(?:[a-z]+ ){0,2}?(?:catalog|catalogs|databases?|archives?|collections?|indexes|index|newspapers?|records|shelves|stacks|library guides?|research guides?)\b))`,
  ),
}));

// ---- v11 (K5): provider styles: formal, terse, lists, macros, non-native English
const phrasesV11K5 = block(phrasesV11K4, (v11) => ({
  // (test/eleventh-round-styles.test.ts)
  // completeness: "Would that be sufficient for your file?", "Will that do for you?" (formal and British; "Would a scan be
  // sufficient?" asks about something not given and stays out: this/that/it only); "This book is okay for you?" (non-native
  // word order, a question: "Is Saturday ok for you?" has no this/that before it); and "Is this for paid work or
  // volunteering?", "Is that for work or school?" are clarifying questions, not "does this work?": "work" after "for",
  // "paid", "volunteer"… is left out as v10 left out "work" after "of"
  completeness: v11.widen(
    'completeness',
    [[0, r`work(?<!\b(?:`, r`for|paid|unpaid|volunteer|voluntary|school|social|course|class|group|team|case|field|shift|contract|seasonal|casual|remote|`]],
    r`\b(?:would|will|should|could) (?:that|this|it|these|those)(?: information| info| answer)? (?:be (?:sufficient|adequate|enough|suitable)|suffice)\b(?=[^.!?]*\?)`,
    r`\bdo\b(?<=\b(?:would|will) (?:that|this|it|these|those) do)(?=(?: for (?:you|u|now))?[ !.]*\?)`,
    r`\b(?:ok|okay|fine|alright|suitable|useful|good|enough)\b(?<=\b(?:this|that|these|those|it)(?: [a-z]+){0,2}? (?:is|are) [a-z]+)(?= for (?:you|u)[ !.]*\?)`,
    // "let me know if any of that doesn't work", "tell me if the link does not open": the indirect question in the negative,
    // about what was given
    r`\b(?:let (?:me|us) know|tell me|lmk) (?:if|whether) (?:any of )?(?:that|this|it|these|those|the (?:link|links|steps?|site|page|instructions|form|login))(?: [a-z]+){0,2}? (?:doesnt|does not|didnt|did not|dont|do not|isnt|is not|wont|will not) (?:work|help|make sense|open|load)\b`,
  ),
  // anything else in Indian English: "Any more doubts?", "Any other doubt?" ("doubt" for question; "any doubt that…" and
  // "no doubt" are statements: a question mark must follow)
  anythingElse: v11.plus('anythingElse', r`\bany (?:more|other|further) doubts?\b(?=[ !.]*\?)`),
  // a letter sign-off says goodbye: "Kind regards,\nEleanor", "Best regards" ("with regards to your question" is no
  // sign-off: kind/best/warm… must come before "regards")
  farewell: v11.plus('farewell', r`\b(?:kind|best|warm|warmest|kindest|many|with best) regards\b`),
  // "you have exceeded the number of questions permitted per session" (not "exceeded the number of renewals allowed":
  // questions, queries or chats only)
  dismissalHard: v11.plus(
    'dismissalHard',
    r`\bexceeded (?:the|your) (?:maximum |max |permitted |allowed )?(?:number|limit|maximum|quota) of (?:questions|queries|enquiries|inquiries|chats|chat sessions|sessions)\b`,
  ),
  // formal: "I must therefore end this session" (v1 had "must to end", v8 "have to end"; a notice that the patron seems
  // gone is left out by the check itself)
  dismissalConvenience: v11.plus(
    'dismissalConvenience',
    r`\bmust (?:therefore |now |unfortunately |regrettably |sadly )?(?:end|close|terminate|conclude) (?:this|the|our) (?:chat|session|conversation)\b`,
  ),
  // British: "Looks like you've popped off", "you must have nipped out" (after "you"/"you've": "I've popped out to the
  // desk" is the provider)
  seemGone: v11.plus(
    'seemGone',
    r`\b(?:popped|nipped|slipped|buzzed) (?:off|out|away)\b(?<=\b(?:you|u)(?:ve| have)?(?: (?:may|might|must|probably|just))?(?: have)? [a-z]+ [a-z]+)`,
  ),
  // the patron's own e-mail in a formal promise: "I shall e-mail my findings to you at j.okafor@gmail.com" is where the
  // answer will go, not a contact to refer to (v9 had "I'll send it to x@…", without "shall" or "to you at"; "You can
  // email the archive at archive@…" is no promise and stays a source)
  patronContactContext: v11.plus(
    'patronContactContext',
    r`\b(?:email|send|write|mail|forward)\b(?<=\b(?:ill|i will|i shall|we shall|well|we will|im going to|i am going to|were going to|i can|we can) (?:email|send|write|mail|forward))(?: [a-z-]+){0,3}? to (?:you|u) (?:at|on|via)(?= [a-z0-9._%+-]+@)`,
  ),
  // visiting an office with papers: "take your ID to a Service NSW centre", "bring the form to the county clerk's office"
  // (v9 had shops and desks only; a vehicle or the lift is no errand: "take the bus to the community center", "take the
  // lift to the second floor")
  referralVerb: v11.plus(
    'referralVerb',
    r`\b(?:bring|take)\b(?= (?:your|the|a|an|any|all|some)(?! (?:[a-z0-9-]+ ){0,2}?(?:bus|buses|train|subway|tube|elevator|lift|stairs|escalator|car|tram|ferry|metro|shuttle|light rail)\b)(?: [a-z-]+){1,4}? (?:in |over |down |along )?to (?:(?:the|a|an|any|one of|your|their|your local|your nearest|the nearest) )?(?:(?!(?:and|or|then|but|where|so)\b)[a-z&-]+ ){0,3}?(?:centre|center|office|counter|registry|courthouse|city hall|town hall|post office|consulate|embassy|agency)\b)`,
  ),
  // the terse hold "sec" (chat-speak, read "second") as the whole message ("Second floor." goes on)
  hold: v11.plus('hold', r`^(?:just )?second(?: (?:please|pls))?[ .!]*$`),
  // "mike - chicago public library", "dave @ the ref desk": a name, a dash or "@", then the library or desk as the whole
  // sentence (v1 needed "here" after it; not a list line such as "Hours - Central Library")
  selfNameHere: v11.plus(
    'selfNameHere',
    r`^(?!(?:hours|holds|books|open|closed|location|locations|address|phone|email|call|contact|ask|help|more|info|details|see|visit|try|main|central|branch|from|at|today|tomorrow|closing|opening)\b)[a-z]+ (?:-|@) (?:the )?(?:[a-z.'&-]+ ){0,5}?(?:library|libraries|library system|ref desk|reference desk|info desk|information desk|help desk)[.!]*$`,
  ),
}));

// ---- v11, second wave (K6): follow-ups and resolution codes end to end
const phrasesV11K6 = block(phrasesV11K5, (v11) => ({
  // (test/eleventh-round-followups.test.ts)
  // promises: "Then I'll scan the 2009 section from the print volume and email it to you" (digits among the words
  // before the verb, as v7 took for followupSend); "You'll get a call from her tomorrow", "you'll get an email from one
  // of our archivists" (a person, not "from them"/"from OverDrive when your hold is ready": notPromise takes "when your
  // hold is…" back anyway)
  followupPromise: v11.widen(
    'followupPromise',
    [
      [3, r`(?:[a-z&`, r`0-9`],
      [21, r`(?= from (?:me|us`, r`|him|her|someone|one of (?:us|our [a-z]+)|our (?:[a-z]+ ){0,2}?(?:librarian|librarians|archivist|archivists|specialist|specialists|staff|team|department)`],
    ],
    // "I'll ask the branch to search the shelves and let you know in a day or two" (v2's "I'll let you know" needed the
    // subject right before it and took no "in a day or two"; "I'll check the shelf and let you know in a minute" is
    // said of the chat: days, weeks or a later day only)
    r`\blet (?:you|u) know\b(?<=\b(?:ill|i will|well|we will|shell|hell|theyll|someone will) (?:[a-z0-9&]+ ){0,10}?let (?:you|u) know)(?= (?:(?:by|via) (?:email|phone|text)|in (?:a|one|two|three|\d+|a few|a couple of) (?:business |working )?(?:days?|weeks?)(?: or (?:two|three|so))?|within|tomorrow|tonight|later (?:today|this week)|next (?:week|monday|tuesday|wednesday|thursday|friday)|early next week|(?:this|by|on|before) (?:monday|tuesday|wednesday|thursday|friday|saturday|the weekend|the end of the week)|over the weekend)\b)`,
    // chat-speak "ill hit u up next wk w/ the info" (normalised "ill hit you up"); not "hit up the catalog"
    r`\bhit (?:you|u) up\b(?<=\b(?:ill|i will|well|we will|shell|hell|theyll|someone will|gonna|going to) (?:[a-z]+ )?hit (?:you|u) up)(?! (?:in (?:a|one) (?:sec|second|min|minute|moment)|in a few (?:secs|seconds|mins|minutes)|rn|right now)\b)`,
  ),
  // the patron's address after any object: "I'll also email a summary to r.smith1960@verizon.net within 24 hours" (v8
  // had it, them, a copy, the …)
  followupSend: v11.widen('followupSend', [[2, r`|a copy `, r`|(?:a|an|my|our|some) [a-z]+ `]]),
  // "Does that look like him?" of an obituary or record found, "Does this sound like the one you saw?" (not "Does that
  // look right?", said of a contact read back, nor "Does that sound like a plan?")
  completeness: v11.plus(
    'completeness',
    r`\b(?:look|looks|sound|sounds|seem|seems)\b(?<=\b(?:does|do|did) (?:this|that|it|these|those|this one|that one) (?:look|sound|seem)) like (?:him|her|them|the (?:one|ones|right (?:one|person|record|book|family|man|woman|item|article|place))|what you (?:need|needed|want|wanted|were after|are after|had in mind|were looking for|are looking for|saw|remember|remembered)|your (?:[a-z]+ ){0,2}?(?:grandfather|grandmother|father|mother|ancestor|relative|family|uncle|aunt|person|book|record|house))\b(?=[^.!?]*\?)`,
  ),
}));

// ---- v11, second wave (K7): transfers, internal notes, handoffs and providers with several chats
const phrasesV11K7 = block(phrasesV11K6, (v11) => ({
  // (test/eleventh-round-transfers.test.ts)
  transferNotice: v11.plus(
    'transferNotice',
    // "…Dr. Patel, who can take your chat from here", "she'll take your question from here" (v1 had "take it / this /
    // things from here"; the chat or question as the object and someone else as the subject: "I can take your question
    // from here" is the provider staying, and "who can take your card" is no chat)
    r`\btake (?:your|this) (?:chat|question|session|conversation) from here\b(?<=\b(?:who|she|he|they|shell|hell|theyll|wholl)(?: can| will| is going to| are going to)? take [a-z]+ [a-z]+ from here)`,
    // "I'm going to have my colleague Bo continue with you", "I'll let our law librarian carry on from here" (a colleague
    // made to go on with the patron; "I'll have my colleague check the shelf" consults and stays out: only verbs of going
    // on with the chat)
    r`\b(?:continue|carry on|take over|finish up)\b(?<=\b(?:have|let|get) (?:my|our|a|one of our) (?:[a-z]+ ){0,2}?(?:colleagues?|coworkers?|co workers?|librarian|specialist|liaison)(?: [a-z]+){0,2}? (?:continue|carry on|take over|finish up))(?= with (?:you|u)\b|(?: from here)?[.!,]| from here\b)`,
    // "Our genealogy specialist is going to pick up your chat from here." (your / this chat or session as the object, and
    // someone else as the subject: "pick up your books" and "We can pick up this chat where we left off" stay out)
    r`\bpick (?:up (?:your|this) (?:chat|session)|(?:your|this) (?:chat|session) up)\b(?<!\b(?:i|we|ill|well|i will|we will|i can|we can|let me|let us|lets) pick [a-z ]{9,19})`,
    // "Bo is taking over this chat", "Dana will be taking over from me" (the chat or "from me" as what is taken over:
    // "taking over the lease" stays out)
    r`\btaking over (?:this (?:chat|session|conversation)|your (?:chat|session|question|conversation)|the (?:chat|session|conversation)|from me)\b`,
    // "You'll be chatting with Bo from here on" (a chat with someone else from now on: "you'll be talking with the clerk's
    // office, so bring your ID" has no "from here / from now on" and stays a referral's business)
    r`\b(?:youll|you will|youre going to|you are going to) be (?:chatting|talking|speaking|working) with\b(?= (?:[a-z.'-]+ ){1,6}?(?:from here|from now on)\b)`,
  ),
}));

// ---- v11, second wave (K8): referrals, a second look: parties, contacts, whose contact it is
const phrasesV11K8 = block(phrasesV11K7, (v11) => ({
  // (test/eleventh-round-referrals.test.ts)
  // "Hello, Ask Here PA, this is Beth": the statewide service's name is no "ask" of a party; "here" as the whole object
  // points back to this chat ("ask here anytime"); "ask the desk here" still names a party first
  referralNotParty: v11.plus('referralNotParty', r`^here\b`),
  referralVerb: v11.plus(
    'referralVerb',
    // passive instructions: "questions about a BU hold should be directed to the Bursar's Office", "complaints can be
    // filed with HUD's Philadelphia office", "appeals have to be filed in person with the Zoning Hearing Board" (the
    // subject, a request word, is read by `referralActor` below; "copies can be made with the scanner" has no "to"/"filed")
    r`\b(?:directed|addressed|sent|submitted|mailed|emailed|made|filed|lodged)\b(?<=\b(?:should|must|can|may|need to|needs to|have to|has to|will need to|are to|is to)(?: (?:all|also|instead|first|then|still|only))? be (?:directed|addressed|sent|submitted|mailed|emailed|made|filed|lodged))(?: (?:in person|directly|online|in writing|by mail))? (?:to|with)\b`,
    // "check in with the Service Desk" ("I'll check in with our archivist" is the provider: its lead-in stays out)
    r`\bcheck(?:ing)? in with\b`,
    // errands to other parties with papers: "take the letters and the death certificate to your bank branch" (K5's
    // alternative keeps to offices and centres; a vehicle is still no errand: "take the bus to the clinic")
    r`\b(?:bring|take)\b(?= (?:your|the|a|an|any|all|some|it|them|those|these)(?! (?:[a-z0-9-]+ ){0,2}?(?:bus|buses|train|subway|tube|elevator|lift|stairs|escalator|car|tram|ferry|metro|shuttle|light rail)\b)(?: [a-z-]+){0,6}? to (?:your|the|a|an|any|their)(?: (?:local|nearest|own|usual))? (?:bank|credit union|pharmacy|pharmacist|doctor|dentist|clinic|dealership|dealer|mechanic|notary)\b)`,
  ),
  // the subject of a passive instruction: a request word, then "should/must/can… be" right before the verb ("books
  // can be sent to any branch" has no request word and stays out)
  referralActor: v11.plus(
    'referralActor',
    r`\b(?:questions|queries|requests|complaints|appeals|inquiries|enquiries|applications|claims|concerns|disputes|grievances|reports|petitions)\b(?: [a-z0-9-]+){0,8}? (?:should|must|can|may|need to|needs to|have to|has to|will need to|are to|is to)(?: (?:all|also|instead|first|then|still|only))? be $`,
  ),
  referralCanHelp: v11.plus(
    'referralCanHelp',
    // "The teen desk at the Ferguson branch can sign you up" ("I can sign you up" has a pronoun for subject)
    r`\bsign (?:you|u) up\b(?<=\b(?:can|could|will|would|may|might)(?: (?:also|probably|happily|gladly|definitely))? sign (?:you|u) up)`,
    // "The Register of Wills is who you want for that", "the Bursar is who you need to call" ("that is who you want to
    // thank" names nobody to contact: a verb of contact or the end of the clause must follow)
    r`\b(?:is|are|would be|will be)(?: (?:probably|definitely|really))? (?:who|whom) (?:you|u)(?:ll| will| would|d)? (?:want|need)(?: to (?:call|contact|talk to|speak to|speak with|ask|see|reach|email|visit|write to))?(?= *(?:$|[.,;:!]| for\b| about\b| on\b| here\b))`,
  ),
  // the library's own circulation department as the object: "swing by Circulation and they'll reset your PIN", "call
  // Circulation" ("circulation policy", "circulation records" are things, not a department)
  referralParty: v11.plus('referralParty', r`\bcirculation\b(?= *(?:$|[,;.]| (?:desk|staff|team|department|dept|counter|and|or|at|in|on|when|next|if|they|to|for)\b))`),
  // a toll-free number in letters is a phone: "call 1-800-MEDICARE", "1-888-GOT-MILK" (three letters or more after the
  // prefix: "1-800-flowers.com" is a web address and stays out)
  phone: v11.plus('phone', r`\b1[ .-]?8(?:00|88|77|66|55|44|33)[ .-]?[a-z]{3,10}(?:[ .-][a-z]{1,6})?\b(?!\.[a-z]|@)`),
  // "Is that the one you need?", "Is this the one you were looking for?" asks about what was given
  completeness: v11.plus(
    'completeness',
    r`\bones?\b(?<=\b(?:is|are|was) (?:that|this|it|these|those) the ones?)(?: (?:you|u) (?:need|needed|want|wanted|meant|were looking for|are looking for|were after|are after))?(?=[ !.]*\?)`,
  ),
}));

// ---- v11, second wave (K9): Spanish and bilingual sessions end to end
const phrasesV11K9 = block(phrasesV11K8, (v11) => ({
  // (test/eleventh-round-spanish.test.ts)
  // "Saludos, le habla Ivelisse…", "Qué tal, soy Nacho…": a greeting when an introduction follows at once (a closing
  // "Saludos." or "Saludos cordiales" is a sign-off, and "¿Qué tal le fue?" / "qué tal si…" ask or suggest)
  greeting: v11.plus(
    'greeting',
    r`^(?:saludos|que tal)\b(?=[,!]* (?:soy|me llamo|mi nombre es|(?:le|te|les) (?:habla|escribe|atiende|saluda)|bienvenid[oa]s?|gracias por|esta (?:hablando|chateando) con|estas (?:hablando|chateando) con)\b)`,
  ),
  // "le habla Ivelisse", "te escribe Sofi", "estás hablando con Iñaki": the provider introducing themself (at the start of
  // the sentence or after a comma, so "Mañana le escribe la bibliotecaria" and "…que le habla de…" stay out); "está
  // hablando con un bibliotecario de la UNAM"
  selfIntro: v11.plus(
    'selfIntro',
    r`\b(?:habla|escribe)\b(?<=(?:^|[,;:!.] )(?:le|te|les) (?:habla|escribe))`,
    r`\b(?:esta|estas|estan) (?:hablando|chateando|conversando) con\b(?! (?:su|tu|sus|tus|el banco|la escuela|ellos|ella|el)\b)`,
  ),
  selfAffiliationLead: v11.plus(
    'selfAffiliationLead',
    r`\b(?:habla|escribe)\b(?<=(?:^|[,;:!.] )(?:le|te|les) (?:habla|escribe))`,
    r`\b(?:esta|estas|estan) (?:hablando|chateando|conversando) con\b(?! (?:su|tu|sus|tus|el banco|la escuela|ellos|ella|el)\b)`,
  ),
  // completeness in Spanish: "¿Te aclara la duda?", "¿Con esto resolvemos su duda?" (the verb on the patron's question,
  // in a question, after "le/te/esto/con esto" or opening it: "¿Quién resuelve las dudas de matrícula?" stays out);
  // "¿Le quedó clara esa parte?"; "¿Es esta información útil para usted?" (the thing given, judged useful); "¿Es el tipo
  // de libro que buscas?" ("¿Qué tipo de libro busca?" asks about the need and stays out); "¿Funciona?" alone after a fix
  // ("¿Funciona la impresora?" asks about the patron's situation and stays out)
  completeness: v11.plus(
    'completeness',
    r`\b(?:aclara|aclaro|resuelve|resolvio|responde|respondio|contesta|contesto|soluciona|soluciono|resolvemos|resolvimos|respondemos|contestamos|aclaramos|solucionamos)\b(?<=(?:^|\b(?:le|te|les|esto|eso|con esto|con eso|con esta informacion|asi|ya) )[a-z]+)(?= (?:la|las|su|sus|tu|tus|esa|esas) (?:duda|dudas|pregunta|preguntas|consulta|consultas)\b[^.!?]*\?)`,
    r`\bclar(?:a|os|as)\b(?<=\b(?:le|te|les) (?:queda|quedo|quedan|quedaron) clar[a-z]+)(?=[^.!?]*\?)`,
    r`\butil(?:es)?\b(?<=\b(?:es|son|fue|fueron|seria|serian) (?:esta|esa|esto|eso|estas|estos|esas|esos)(?: (?:informacion|info|respuesta|pagina|fuente|fuentes|guia|lista|base de datos|opcion|opciones|recurso|recursos|enlace|enlaces))? util(?:es)?)(?=[^.!?]*\?)`,
    r`\b(?:tipo|clase) de\b(?<=(?:^|\b(?:es|era|son|eran|seria|serian) )(?:(?:este|ese|esto|eso) )?(?:el|la|los|las)? ?(?:tipo|clase) de)(?= (?:[a-z]+ ){1,2}?que (?:busca|buscas|buscaba|buscabas|necesita|necesitas|necesitaba|necesitabas|quiere|quieres|queria|querias)\b[^.!?]*\?)(?<!\bque (?:tipo|clase) de)`,
    r`^(?:y |ya |ahora )?(?:funciona|funciono|funcionan|funcionaron)[ !.]*\?`,
  ),
  // the patron done, in Spanish: "Eso era todo lo que quería saber", "con eso tengo" (at the end: "con eso tengo que
  // llenar el formulario" goes on), "no necesito nada más" (not "nada más que…", "only"), "si, era todo", "no tengo más
  // dudas"
  patronDone: v11.plus(
    'patronDone',
    r`\btodo lo que (?:necesitaba|necesito|buscaba|busco|queria|quiero|ocupaba|ocupo|precisaba|preciso)\b(?<=\b(?:eso|esto|ya) (?:es|era|fue|seria) todo lo que [a-z]+)`,
    r`\bcon (?:eso|esto) (?:tengo|me basta|me alcanza|estoy|es suficiente|basta)\b(?=[ ,.!]*(?:$|(?:muchas |mil )?gracias|por (?:ahora|hoy|el momento)))`,
    r`\bno necesito (?:nada mas|mas nada|otra cosa|ninguna otra cosa)\b(?! que\b)`,
    r`\b(?:era|fue) todo\b(?<=(?:^|\b(?:si|no|ok|vale|bueno|listo|gracias|perfecto)[ ,.!]+)(?:era|fue) todo)(?! (?:lo|el|la|un|una|para|por|muy|mas|bien|que)\b)`,
    r`\bno tengo (?:mas|otras|ninguna otra|ninguna) (?:dudas?|consultas?)\b`,
  ),
  // goodbyes: "¡Hasta el jueves!", "hasta otra" (the whole sentence or its end: "Tiene hasta el jueves para devolverlo"
  // is a deadline); "¡De nada! Tenga un buen día." without "que"
  farewell: v11.plus(
    'farewell',
    r`^hasta (?:el |este |la )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|proxima semana|otra|otro dia|entonces)[ !.]*$`,
    r`\bhasta (?:otra|otro dia|la proxima vez)\b(?=[ !.]*$)`,
    r`^(?:y |bueno,? |pues,? )?(?:tenga|tengan|ten|pase|pasen|pasa) (?:un |una |muy )?(?:buen|buena|buenas|lindo|linda|bonito|bonita|excelente|feliz) (?:dia|tarde|noche|fin de semana|semana|resto del dia|resto de la tarde)\b`,
  ),
  // invitations back: "cualquier cosa escríbenos de nuevo" (tú: v1 had "escríbanos"), "Si tiene otra pregunta, aquí
  // estamos" (at the end of the sentence: "Aquí estamos buscando…" goes on)
  inviteBack: v11.plus(
    'inviteBack',
    r`\b(?:escribenos|contactanos|llamanos)\b`,
    r`\baqui (?:estamos|estaremos)\b(?=[ !.]*$| para (?:lo que (?:necesite|necesites)|servirle|servirte|ayudarle|ayudarte)\b)`,
  ),
  // check-ins: "¿Sigue usted en línea?", "¿Sigues por aquí?" / "sigues x aqui?", "¿Todavía me acompaña?", "¿Me lee
  // todavía?" (questions only; "¿Sigue teniendo problemas?" asks about the problem)
  stillThere: v11.plus(
    'stillThere',
    r`\b(?:sigue|sigues|esta|estas|continua|continuas|anda|andas)\b(?= (?:usted |tu |ud )?(?:por aqui|aqui|por aca|x aqui|en linea|ahi|por ahi|conectad[oa])[ !.]*\?)`,
    r`\b(?:me|nos) (?:acompana|acompanas|acompanan)\b(?=(?: (?:todavia|aun|usted|tu|ahi))?[ !.]*\?)`,
    r`\bme (?:lee|lees|leen)\b(?= (?:todavia|aun|usted|tu)[ !.]*\?)`,
  ),
  // the patron seems gone: "parece q te desconectaste" (tú: v1 had "se ha desconectado"; "parece que se desconectó el
  // wifi" is a thing, and v1's "parece que se desconect…" now leaves out a thing named after it too), "Al parecer se cortó la
  // comunicación", "por inactividad" / "debido a la falta de actividad" (as "due to inactivity")
  seemGone: v11.widen(
    'seemGone',
    [[8, r`(?:desconect`, r`(?![a-z]* (?:el|la|los|las|su|mi|nuestro|nuestra) (?!(?:chat|sesion|conversacion|conexion)\b)[a-z]+)`]],
    r`\bdesconect(?:aste|o|ado|ada|aron)\b(?<=\b(?:parece|al parecer|creo|veo) que (?:ya )?(?:te|se|usted se|tu te|ud se)(?: (?:has|ha))? desconect[a-z]+)(?! (?:el|la|los|las|su|tu|mi|nuestro|nuestra)\b)`,
    r`\bse (?:corto|perdio|cayo)\b(?= (?:la|el|nuestra|nuestro) (?:comunicacion|conexion|chat|llamada|senal)\b)`,
    r`\b(?:inactividad|falta de actividad|falta de respuesta)\b(?<=\b(?:por|debido a la|debido a|por la) (?:inactividad|falta de actividad|falta de respuesta))`,
  ),
  // the end announced, subject first: "esta sesión se cerrará", "el chat se va a cerrar"
  willEnd: v11.plus(
    'willEnd',
    r`\b(?:cerrara|terminara|finalizara)\b(?<=\b(?:chat|sesion|conversacion) (?:se )?(?:cerrara|terminara|finalizara))`,
    r`\bva a (?:cerrar|terminar|finalizar)\b(?<=\b(?:chat|sesion|conversacion) se va a [a-z]+)`,
  ),
  // dismissals: "ya le he dedicado bastante tiempo a su consulta" (the patron's question as the object: "le he dedicado
  // bastante tiempo a buscarlo" tells the effort); "ya se le terminaron sus 15 minutos de consulta" (not "cuando se le
  // terminan sus 60 minutos, la computadora se apaga", nor "…sus 60 minutos de computadora")
  dismissalConvenience: v11.plus(
    'dismissalConvenience',
    r`\bdedicado (?:bastante|mucho|demasiado|suficiente) tiempo\b(?<=\b(?:le|te|les) (?:he|hemos) dedicado [a-z]+ tiempo)(?= a (?:su|tu|sus|tus|esta|este) (?:consulta|consultas|pregunta|preguntas|caso|chat|tema)\b)`,
  ),
  dismissalHard: v11.plus(
    'dismissalHard',
    r`\b(?:terminaron|acabaron|agotaron|cumplieron)\b(?<=\bse (?:le|te|les) (?:terminaron|acabaron|agotaron|cumplieron))(?<!\b(?:si|cuando|una vez que) (?:ya )?se [a-z]+ [a-z]+)(?= (?:sus|tus|los) (?:\d+|cinco|diez|quince|veinte|treinta) minutos\b(?! (?:de|en) (?:la )?(?:computadora|compu|internet|impresion|estacionamiento|ordenador)\b))`,
  ),
  // referring verbs: "Le recomiendo ir en persona a la oficina…" (the infinitive after advice or need; the party is found
  // after it as for "vaya a": "puede ir a la página" names none), "tiene que pasar al mostrador de Circulación"
  referralVerb: v11.plus(
    'referralVerb',
    r`\bir\b(?<=\b(?:recomiendo|sugiero|aconsejo|recomendaria|sugeriria|tiene que|tendria que|tienes que|tendrias que|debe|deberia|debes|deberias|puede|podria|puedes|podrias|necesita|necesitas|mejor|hay que) ir)(?= (?:en persona |personalmente |directamente )?(?:a|al)\b)`,
    r`\bpasar\b(?<=\b(?:recomiendo|sugiero|tiene que|tendria que|tienes que|debe|deberia|debes|puede|podria|puedes|necesita|necesitas|hay que) pasar)(?= (?:por|a|al)\b)`,
  ),
  // "A ver si le entendí: busca…" (v1 had "si le entendí bien")
  restatement: v11.plus('restatement', r`\ba ver si (?:le |te |les )?(?:entendi|entiendo|comprendi)\b`),
  // "en un plazo de 48 horas", "en un máximo de 3 días" (the patron's own deadline, "se devuelve en un plazo de 21
  // días", is no when)
  whenExpect: v11.plus(
    'whenExpect',
    r`\ben (?:un|el) (?:plazo|maximo) (?:maximo )?de (?:\d+|un|una|dos|tres|cuatro|cinco|siete|veinticuatro|cuarenta y ocho|setenta y dos) (?:horas|dias|semanas?)(?: habiles| laborables)?\b(?<!\b(?:devuelve|devuelven|devolver|devolverlo|devolverla|devuelva|renovar|renueve|pagar|pague|vence|vencen|caduca|recoger|recogerlo|recogerla|entregar|entregue) en (?:un|el) [a-z]+ (?:maximo )?de [a-z0-9]+(?: y [a-z]+)? [a-z]+(?: [a-z]+)?)`,
  ),
  // web addresses under Spain's regional and more Latin American domains: "biblioteka.ehu.eus", "bnc.cat", "xunta.gal",
  // "biblioteca.gub.uy", "bcn.cl" was v9's (a dotted word in running text, "p.ej" or "EE.UU.", has none of these endings)
  url: v11.plus(
    'url',
    r`(?<![\w@.-])[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?){0,5}\.(?:eus|cat|gal|uy|py|bo|ec|ve|cr|pa|do|pr|ni|cu)\b(?![@-])(?:/[^\s<>"]*)?`,
  ),
  // an N-1-1 line after a verb of calling is a phone to reach: "llame al 311", "call 211" ("page 311", "room 211" stay out)
  phone: v11.plus('phone', r`\b[2-8]11\b(?<=\b(?:llame|llama|llamar|llamen|marque|marca|marcar|call|calling|dial|dialing|phone|text|texting) (?:al |a |el )?[2-8]11)(?![\d-])`),
}));

const phrasesV11: RubricPhrases = phrasesV11K9;

export const rubricV11: Rubric = {
  ...rubricV10,
  version: '11',
  phrases: phrasesV11,
  otherRoleK1: true,
  permissionNotNeedK1: true,
  pronounNotNameK1: true,
  holdThenAnswerK1: true,
  namedObjectK1: true,
  askOnBehalfK1: true,
  holdSpanValueK2: true,
  doneBeforeLeavingK3: true,
  quotedTitleByK4: true,
  serviceVerbNameK4: true,
  namedElsewhereKM: true,
  noteByTransferrerK7: true,
  noteNoWhyK7: true,
  ownedFurtherK8: true,
  moreResourceNounsK8: true,
  closedParenK8: true,
  contactObjectK8: true,
  suggestQuestionK8: true,
  answerWhoK8: true,
  acronymPartyK8: true,
  spanishReferralK9: true,
  spanishHandoverK9: true,
  declinedCanOfferK6: true,
  hoursNotWhenK6: true,
  toPatronK6: true,
  contactCheckNotCompleteK6: true,
};

// ---- rubric v12: v11 with the families of a twelfth round of sessions ------------------------------
// (test/twelfth-round-*.test.ts). v11 above stays as it was. Each block derives from the one before it.

// ---- v12 (L1): law and government: legal reference, court self-help, forms, "I can't give legal advice"
const phrasesV12L1 = block(phrasesV11, (v12) => ({
  // (test/twelfth-round-law.test.ts)
  // "Is this the Tenant's Answer to a Summary Eviction?", "Is that the answer form?": a court filing called an Answer, asked
  // about before anything is given (a clarifying question), not "does this answer your question?" (which stays)
  completeness: v12.widen(
    'completeness',
    [
      [0, r`(?:[a-z-]+ ){0,3}?(?:answer`, r`(?! to (?:a|an|the|his|her|their|my|your|this|that) (?:[a-z'-]+ ){0,3}?(?:summons|complaint|petition|eviction|lawsuit|suit|motion|claim|counterclaim|citation|detainer|notice)\b| (?:form|forms|packet)\b)`],
      // "Is that the hearing you need?", "Are these the forms you needed?": a law or government record given, asked about
      [27, r`(?:info|`, r`hearings?|cases?|statutes?|sections?|forms?|regulations?|decisions?|opinions?|rulings?|bills?|laws?|ordinances?|codes?|documents?|records?|reports?|transcripts?|treaty|treaties|packets?|filings?|`],
    ],
  ),
  // a statute or code cited by name or section names a publication to use: "735 ILCS 5/9-209", "42 U.S.C. § 1983",
  // "45 CFR 164.502", "the Illinois Compiled Statutes", "Ohio Revised Code 5321.17", "General Statutes of North Carolina",
  // "Texas Family Code section 31.001", "the Code of Federal Regulations", "O.C.G.A. § 9-3-24", "ORS 90.427", "RCW
  // 59.18.230" (not "the statute says…", "state law gives you five days", "the code on the back of your card")
  namedResource: v12.plus(
    'namedResource',
    r`\b(?:ilcs|usc|cfr|u\.s\.c|c\.f\.r)\b(?<=\b\d{1,3} (?:ilcs|usc|cfr|u\.s\.c|c\.f\.r))`,
    r`\b(?:compiled|revised|general|consolidated|annotated) (?:statutes|code|laws)\b`,
    r`\bcode\b(?<=\b(?:family|penal|civil|probate|vehicle|labor|education|government|insurance|property|tax|revenue|commercial|business|corporations|elections|evidence|welfare and institutions|health and safety|business and professions|civil procedure|criminal procedure|administrative|transportation|estates|municipal) code)(?= (?:§|sec\b|section|art\b|article|chapter|ch\b|title|part|\d))`,
    r`\bcode of (?:[a-z]+ ){1,2}?regulations\b`,
    r`\b(?:united states code|statutes at large|federal register)\b`,
    r`\b(?:o\.c\.g\.a|ocga)\b`,
    r`\b(?:ors|rcw|mcl|nrs|ksa|rsmo|ncgs|mgl|wac|oar)\b(?= (?:§ ?|sec\.? |section |ch\.? |c\.? |chapter )?\d)`,
    // (the merge's) a court opinion cited by its parties and reporter: "Rome v Walker, 38 Mich App 458", "Brown v. Board
    // of Education, 347 U.S. 483" (volume, reporter, page; keyed on "v"/"vs" after a word: "the Ravens vs Steelers, 24 to
    // 17" is a score, "Kramer vs. Kramer, 2 hours of tears" has no page)
    r`\b(?:v|vs)\b(?<=[a-z.] (?:v|vs))\.? (?:[a-z&'.-]+ ){0,5}?[a-z&'.-]+,? \d{1,4} (?!(?:to|and|or|of|in|at|for|by|with|from|points?|goals?|runs?|games?|wins?|votes?|hours?|minutes?|days?|years?|times?|pages?)\b)(?:[a-z][a-z0-9.]*\.? ){1,4}\d{1,5}\b`,
  ),
  // an office to write to: "Write to Mississippi Vital Records, P.O. Box 1700…", "the Bureau of Vital Statistics" (not
  // "the vital records index on FamilySearch")
  // and a clerk's window or counter ("the Small Claims clerk's window": "clerk" alone was a party, "clerks" not)
  referralParty: v12.plus(
    'referralParty',
    r`\bvital (?:records|statistics)\b(?! (?:index|indexes|indices|database|databases|collection|collections|search|searches|page|pages|site|website|guide)\b)`,
    r`\bclerks\b`,
  ),
  // a filing taken to a clerk: "take it to the Small Claims clerk's window", "file them with the circuit clerk", "bring the
  // signed forms to the clerk" (the clerk is then a party to visit)
  referralVerb: v12.plus(
    'referralVerb',
    r`\b(?:bring|take|file|submit|mail|deliver|hand)\b(?= (?:it|them|this|that|these|those|(?:your|the|a|an|all|both|each)(?: [a-z0-9'-]+){1,4}?)(?: in| off)? (?:to|with|at) (?:the|a|your|any|that) (?:[a-z&'-]+ ){0,3}?(?:clerks?|prothonotary)\b)`,
  ),
  // Spanish "X le puede ayudar", "pueden orientarle": the party named before can help (as "X can help you with that")
  referralCanHelp: v12.plus(
    'referralCanHelp',
    r`\b(?:le|te|les|lo|la|los|las) (?:puede|pueden|podria|podrian) (?:ayudar|orientar|asesorar|atender|explicar|informar)\b`,
    r`\b(?:puede|pueden|podria|podrian) (?:ayudarle|ayudarte|ayudarles|orientarle|orientarte|asesorarle|asesorarte|atenderle|atenderte|explicarle|explicarte|informarle|informarte)\b`,
  ),
  // the provider's own time ended: "I'm out of time and there are others waiting" (a way back still saves it; "if I'm out of
  // time…" does not end anything)
  dismissalConvenience: v12.plus('dismissalConvenience', r`\bout of time\b(?<=\b(?:im|i am)(?: all| just| now| totally| completely| pretty much)? out of time)(?<!\b(?:if|when|once|before|until|in case) (?:im|i am)(?: [a-z]+)? out of time)`),
}));

// ---- v12 (L2): health and social services: consumer health, crisis lines, 2-1-1, benefits, sensitive questions
const phrasesV12L2 = block(phrasesV12L1, (v12) => ({
  // (test/twelfth-round-health.test.ts)
  // places of help a patron is sent to: "Call Animal Poison Control right away", "u can go to Bethel Church pantry, 3400
  // Frankford Ave", "go to the Lighthouse shelter" (not their finders and pages: "the food pantry finder at findhelp.org",
  // "the shelter list" stay sources)
  referralParty: v12.plus(
    'referralParty',
    r`\b(?:poison control|poison center|food banks?|food pantry|food pantries|pantry|pantries|food shelf|food shelves|soup kitchens?|shelters?)\b(?! (?:page|pages|website|websites|site|sites|app|finder|locator|map|list|lists|directory|guide|article|search|tool)\b)`,
  ),
  // "You can walk in at the Lake County Health Department, 3010 Grand Ave": a visit ("you can walk in at any time" names
  // no party after it and stays no referral)
  referralVerb: v12.plus('referralVerb', r`\bwalk in (?:at|to)\b`),
  // who may call, as the subject: "Health Share of Oregon members can call 503-416-8090", "residents can dial 311"
  // ("members can call up their account history" names no party or contact after the verb)
  referralActor: v12.plus(
    'referralActor',
    r`\b(?:members|residents|patients|enrollees|beneficiaries|families|parents|caregivers|seniors|veterans|callers|survivors|tenants|customers)(?: [a-z]+){0,2}? (?:can|may|should)(?: (?:also|always|just|now))? $`,
  ),
  // "what your number means is a question for whoever ordered the test", "a question for your health care provider / care
  // team" (the v9 alternative knows doctors and pharmacists by name; "I have a question for you" names no one)
  referralOnesToAsk: v12.plus(
    'referralOnesToAsk',
    r`\b(?:whoever|care team|medical team|providers?)\b(?<=\bquestion (?:for|to ask) (?:whoever|(?:your|her|his|their|the) (?:own |usual |regular )?(?:care team|medical team|(?:health ?care |medical |primary care |mental health )?providers?)))`,
    // a hotline given with its number is one to call: "the National Domestic Violence Hotline is 1-800-799-7233", "NKF
    // Cares helpline is 855-653-2273" ("the hotline closed in 2019" gives no number; "call the Homework Hotline at
    // 240-555-0100, and ask your child's school counselor too" is the verbs' to read, each party on its own)
    r`\b(?:hotlines?|helplines?|lifelines?|warmlines?|help lines?|crisis lines?|nurse lines?)\b(?= (?:number )?(?:(?:at|of|for|from) (?:[a-z&'-]+ ){1,6}?)?(?:is|:) (?:\+?1[ .-]?)?(?:\(\d{3}\) ?\d{3}[ .-]\d{4}|\d{3}[ .-]\d{3}[ .-]\d{4}|8(?:00|88|77|66|55|44|33)[ .-]?[a-z]{3,10}|[2-8]-?1-?1|988)(?![\d-]))`,
  ),
  // a short code to text is a number: "text HOME to 741741", "txt TEEN to 839863" ("the text runs to 20000 words" and
  // "the text was cut to 20000" are lengths)
  phone: v12.plus(
    'phone',
    r`\b(?:text|txt)(?: (?!(?:was|is|were|are|has|had|cut|up|down|runs|ran|goes|went|dates|limited|shortened|reduced|trimmed|length|size)\b)[a-z]{2,12})? to \d{5,6}(?![\d-])`,
    // the crisis line as a subject: "988 is there if you need it", "988 is free and open 24/7", "the 988 Lifeline" ("page
    // 988 is missing", "$988 is the fee" stay numbers of other things)
    r`\b988(?![\d-])(?<![\d.,$#-]988)(?<!\b(?:page|pages|p|pp|no|number|room|rm|suite|ste|box|unit|apt|route|rt|call number|item) 988)(?= (?:is (?:there|available|free|open|staffed|always|also|a|the)|lifeline|suicide|crisis|line|hotline)\b)`,
  ),
  // "Does any of that fit what you're dealing with?", "Does this match what you need?" ask about what was given
  // ("Does that time fit your schedule?" asks about a time, not the need)
  // the provider's own question is no offer: "I have one more question for you: who is your provider?" ("Any more
  // questions for me?", "any other questions?" still offer more help)
  anythingElse: v12.swap(
    'anythingElse',
    3,
    r`\b(?:any|other|more|further|additional|another) (?:questions?|topics?|things?|issues?|requests?|matters?|quer(?:y|ies)|inquir(?:y|ies)|concerns?)\b(?! (?:for (?:you|u)|to ask (?:you|u))\b)`,
  ),
  completeness: v12.plus(
    'completeness',
    r`\b(?:fit|match)\b(?<=\b(?:does|do|did) (?:any of )?(?:that|this|it|these|those|them) (?:fit|match)) (?:what (?:you|u)(?:re| are| were)? (?:dealing with|going through|need|needed|looking for|were looking for|are looking for|after)|your (?:needs?|situation|question))\b`,
  ),
}));

// ---- v12 (L3): genealogy, archives and local history: long research, scans, records offices, follow-ups
const phrasesV12L3 = block(phrasesV12L2, (v12) => ({
  // (test/twelfth-round-history.test.ts)
  // holds while the provider fetches something from the stacks: "I'm going to go pull the 1962 reel", "let me run and
  // go grab the box" ("I'll go pull it tomorrow and e-mail you" is later, not now: a time word after it leaves it out);
  // "back shortly", "back in a few minutes" (not "call back in a few days", "come back shortly")
  hold: v12.plus(
    'hold',
    r`\bgo (?:pull|grab|fetch) (?:the|that|those|our|his|her|it|them)\b(?<=\b(?:im going to|im gonna|i am going to|ill|i will|let me|just going to)(?: just| quickly)?(?: run and)? go (?:pull|grab|fetch) [a-z]+)(?![^.!?]{0,60}?\b(?:tomorrow|tonight|later|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|when|once|after)\b)`,
    r`\bback (?:shortly|in (?:a|one|two|just a) (?:sec|second|minute|min|moment|jiffy|few(?: minutes| mins)?|couple(?: of)? (?:minutes|mins)))\b(?<!\b(?:call|come|check|write|get|text|email|e mail|coming|calling|checking|due|returned|brought|sent|put|you|u|them|him|her|me|us|they|he|she) back (?:shortly|in [a-z]+(?: [a-z]+){0,3}?))`,
  ),
  // "Does that match your family's story?", "Does this match what you remember?", "Do those dates match?": whether what
  // was found fits the patron's own knowledge (a family, tree, notes, memory). Not "Does the name match the one on your
  // student ID?" (the patron's account: a clarifying question before any source, tenth round Z1), nor "Does that match
  // the name on your library card?".
  completeness: v12.plus(
    'completeness',
    r`\bmatch\b(?<=\b(?:does|do|did)(?:nt)? (?:that|this|these|those|she|he|they|(?:those|these) (?:dates|names|details|records|entries|ages)) match)(?= (?:what (?:you|u|your|ur)\b|(?:your|ur) (?:family|familys|tree|records?|notes|research|memory|memories|story|stories)\b)[^.!?]{0,60}\?|[ !]*\?)`,
  ),
  // "Any other ancestors I can help you chase down today?", "another relative we can look for?": a genealogy patron's
  // "anything else" (other people of the family tree only: "Any other records I can check for him?" stays out)
  anythingElse: v12.plus(
    'anythingElse',
    r`\b(?:ancestors?|relatives?|family members?|surnames?|family lines?|forebears?)\b(?<=\b(?:any|another) (?:other )?[a-z]+(?: [a-z]+)?)(?= (?:i|we) (?:can|could|might|may) (?:help (?:you |u )?)?(?:with|find|track|chase|look|dig|search|research|locate|hunt)\b[^.!?]{0,40}\?)`,
  ),
  // genealogy and local-history helpers one is told to ask: "ask for Marge, our genealogy volunteer", "talk to the
  // genealogist at the historical society", "a docent" ("Our genealogy volunteers indexed these" refers no one: no verb)
  referralParty: v12.plus(
    'referralParty',
    r`\b(?:genealogists?|(?:genealogy|genealogical|family history|local history|history|archives?|research|reference|library|museum|society) volunteers?|docents?)\b`,
  ),
  // "Seems you've left the chat, so I'll end it now": "it" is the chat or session named just before in the sentence
  willEnd: v12.plus(
    'willEnd',
    r`\b(?:end|close) it\b(?<=\b(?:chat|session|conversation)\b[^.!?;]{1,30}?\b(?:ill|i will|im going to|im gonna|i am going to|well|we will)(?: (?:just|now|go ahead and))? (?:end|close) it)`,
  ),
}));

// ---- v12 (L4): text-message (SMS) and mobile sessions: short bursts, long gaps, one-word replies, idles
const phrasesV12L4 = block(phrasesV12L3, (v12) => ({
  // (test/twelfth-round-sms.test.ts)
  // "Anything else I can look up for you?" offers more help: no hold ("I can look that up" still is one)
  holdWeak: v12.widen('holdWeak', [[0, r`\b`, r`(?<!\b(?:else|anything|something|more) )`]]),
  // a keyword auto-reply "A staff member will text you back soon." is the queue talking, not a follow-up promise
  // (the sentence ends there: "…will text you back soon with the list" and "…tomorrow" still promise)
  notPromise: v12.plus(
    'notPromise',
    r`\b(?:soon|shortly|momentarily)\b(?<=\b(?:librarian|staff member|team member|member of (?:our |the )?staff) (?:will|should|is going to) (?:text|reply to|respond to|answer|message|write|get back to) (?:you|u)(?: back)? (?:very |real )?(?:soon|shortly|momentarily))(?=[ .!]*$)`,
  ),
  // texted notices without a subject: "lost the connection on ur end i think" (not "if we lost the connection…"),
  // "looks like ur gone" ("ur" read "your", the common slip for "you're"); and "if we lost the connection on your end,
  // I'll close this chat" / "in case you got disconnected…" is a condition, not a statement (the alternative for "we
  // lost the connection" read it as one)
  seemGone: v12.widen(
    'seemGone',
    [[1, r`\b`, r`(?<!\b(?:if|when|in case|unless) )`]],
    r`\blost (?:the |our )?connection (?:on|at|from) (?:your|ur) (?:end|side)\b(?<!\bif (?:we |you |i )?lost [a-z ]+)`,
    r`\b(?:gone|offline|disconnected)\b(?<=\b(?:looks|seems|sounds) like (?:your|ur) (?:gone|offline|disconnected))`,
  ),
  // "looks like ur gone, closing this out." (no subject, as texts go; "before closing this out" is no announcement)
  willEnd: v12.plus(
    'willEnd',
    r`\bclosing (?:this|it|things) (?:out|down|up)\b(?<=(?:^|[,;:.!-] |\b(?:im|i am|were|we are|now|so|and) )closing [a-z]+ [a-z]+)`,
  ),
  // "Text 66746 anytime!", "text us at (555) 010-2000 again": the service's short code or number invites back ("Text
  // HOLDS to 66746 to renew" instructs)
  inviteBack: v12.plus(
    'inviteBack',
    r`\btext (?:us |me )?(?:at |to )?(?:\(?\d{3}\)?[ -]?\d{3}[ -]?\d{4}|\d{5,6}) (?:again|anytime|any time|whenever|later)\b`,
  ),
  // a question limit by text: "thats ur 3rd question today and the limit by text is 3" (the question counted before
  // the limit), "the limit is 2 questions per text session" ("the limit for DVDs is 10" stays out)
  dismissalHard: v12.plus(
    'dismissalHard',
    r`\b(?:limit|max|maximum)\b(?<=\b(?:the|our) (?:limit|max|maximum))(?: (?:by|per|for|over|on|via) (?:text|sms|texting|chat|session|day|patron|person))? (?:is|of) (?:\d+|one|two|three|four|five)\b(?:(?<=\b(?:your|the) (?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|last) question\b[^.!?]{0,80})|(?= questions?\b))`,
  ),
  // autocorrect and thumbs: "Does that anser your question?", "Anyrhing else I can help with?"
  completeness: v12.plus(
    'completeness',
    r`\b(?:anser|anwser|awnser|answr|asnwer|amswer)\b(?<=\b(?:does|did|do|has|would|will) (?:that|this|it|these|those|tht|dat|taht|thta) [a-z]+)`,
  ),
  anythingElse: v12.plus('anythingElse', r`\b(?:anyrhing|anythung|anuthing|anythinf|anytging|amything) (?:else|more)\b`),
  // "Jen again at Anne Arundel County Public Library texting.", "its Mel again from the library": a returning
  // provider's name and "again" before the affiliation ("check again at the branch" is no name)
  selfAffiliationLead: v12.plus(
    'selfAffiliationLead',
    r`\bagain\b(?<=^(?:(?:hi|hey|hello|hiya)[ ,!]+)?(?:its |it is |this is )?(?!(?:check|try|ask|call|look|come|stop|search|visit|text|chat|write|email|it|that|this|open|closed|me|us|here|back|once|read|see|and|so|but|ok|okay|thanks|sorry|never|you|we|i)\b)[a-z]+ again)(?= (?:at|from|with|@)\b)`,
  ),
}));

// ---- v12 (L5): business, jobs and money: resumes, small business, taxes, grants, unemployment
const phrasesV12L5 = block(phrasesV12L4, (v12) => ({
  // (test/twelfth-round-business.test.ts)
  // an agency's numbered publication is a named resource: "IRS Publication 501", "IRS Pub. 587", "SSA Publication No.
  // 05-10035" (keyed on "publication"/"pub", the agency required before it: "a 2019 publication", "publication 12 times a
  // year" stay out)
  namedResource: v12.plus(
    'namedResource',
    r`\b(?:publication|pub)\b(?<=\b(?:irs|ssa|ftc|sba|cfpb|fdic|hud|usda|dol|cms) (?:publication|pub))(?=\.? (?:no\.? |number )?(?:\d{2}-\d{4,5}|\d{1,4}[a-z]?)\b)`,
  ),
  // anything else about the rest of a task: "Is there any other part of the plan I can help with?" (the provider's
  // offer required after it: "any other part of the form is optional" stays out)
  anythingElse: v12.plus(
    'anythingElse',
    r`\bany other (?:part|parts|piece|pieces|section|sections|step|steps|aspect|aspects|area|areas)\b(?= (?:of (?:the |your |this |that |my )?[a-z]+(?: [a-z]+)? )?(?:that )?(?:i|we) (?:can|could|may|might) (?:help|assist|look|dig|work))`,
  ),
  // ending the help because it would take the provider too long: "this is going to take longer than I have for one
  // chat", "more time than I can spend on a single question" (a way back, "so I'll e-mail you the rest", still passes:
  // closing.ts's wayBack)
  dismissalConvenience: v12.plus(
    'dismissalConvenience',
    r`\b(?:longer|more time) than (?:i|we) (?:have|can spend|can give|have time for|can do)(?= (?:for|on|in) (?:one|a|this|each|a single|one single|just one) (?:chat|session|question|patron|conversation)\b)`,
  ),
  // visiting, in more verbs: "I'd recommend stopping by a VITA site", "swing by the Job Center"
  referralVerb: v12.plus('referralVerb', r`\b(?:stopping by|dropping by|dropping in|swing by|swinging by|pop into|popping into|pop by|popping by)\b`),
  // parties of money and work questions: "check with a tax professional / your accountant / a CPA", "a SCORE mentor", "a
  // VITA site" (a site that does taxes in person, only with a locating determiner: "visit the VITA site at irs.gov/vita"
  // is a web page), Spanish "la Comisión de la Fuerza Laboral" (an agency's name: "la comisión del cajero", a fee, stays out)
  referralParty: v12.plus(
    'referralParty',
    r`\b(?:tax professionals?|tax preparers?|tax advisors?|accountants?|cpas?|bookkeepers?|financial advisors?|financial planners?|credit counselors?|mentors?)\b`,
    r`\bcomision (?:de la fuerza|de (?:derechos|empleo|trabajo|servicios publicos|comercio|valores)|estatal|federal)\b`,
    r`\b(?:vita|tce|tax-aide|tax aide)\b(?<=\b(?:a|any|the nearest|your nearest|a nearby|the closest|your local|a local|one of the) (?:free )?(?:vita|tce|tax-aide|tax aide))(?= sites?\b)`,
  ),
  // a party that helps, in the present tense, after the patron's wish for help: "If you want help in person, the Career
  // Center at 1201 Main Street helps with claims" (keyed on "helps", the wish in the same sentence; without the "if you want/need …" lead, "The
  // library helps with tax forms every spring" describes a service, and stays out)
  referralCanHelp: v12.plus(
    'referralCanHelp',
    r`\b(?:helps|assists)\b(?<=\bif (?:you|youd|you would) (?:want|need|would like|like|prefer|rather have)\b[^.;?!]{0,140}?(?:helps|assists))(?= (?:with|you|people|patrons|job seekers|residents)\b)`,
  ),
  // a way back as a promise to send the rest: "so I'll e-mail you the full list by Friday", "we'll call you back tomorrow"
  // (v1's "will … email you" left out the joined "ill" / "well"; keyed on them, the delivery verb and "you" required)
  wayBack: v12.plus('wayBack', r`\b(?:ill|well)\b(?= (?:(?:also|then|just|gladly|happily) )?(?:email|send|mail|text|call|phone|forward) you\b)`),
  // ...and v6's "a … site" (a web site, a place to look) leaves such a tax site out when it has the same locating
  // determiner ("visit the VITA site at irs.gov/vita" stays a web page to use)
  referralNotParty: v12.widen('referralNotParty', [
    [3, r`^`, r`(?!(?:a|any|the nearest|your nearest|a nearby|the closest|your local|a local|one of the) (?:free )?(?:vita|tce|tax-aide|tax aide) sites?\b)`],
  ]),
}));

// ---- v12 (L6): patrons learning English, translation tools, adult learners and literacy
/** (v12 L6) "Hello, here is Ahmed from library of Dearborn": one word, then from/at/with and the library within a few words. */
const HERE_IS_L6 = r`\bhere is\b(?<=(?:^|[,!.] )here is)(?! (?:info|information|something|everything|one|more|that|this|it|what|the|a|an|your|our|my|some|all|list|link|guide|page|how|where|when)\b)(?= [a-z]+ (?:from|at|with) (?:[a-z]+ ){0,3}?(?:library|libraries|biblioteca|college|university)\b)`;
const phrasesV12L6 = block(phrasesV12L5, (v12) => ({
  // (test/twelfth-round-learners.test.ts)
  // the patron done, in a learner's English: "Is all my questions." / "is all, thank you" (not "Is all the building
  // closed?"); "That's it from my side" (not "…from my side of the family"); "My query is resolved", "my doubt is cleared" (not "when my query is
  // resolved…"); "Finish." as the whole sentence (not "finish the form first"); "is enough for me", "ok enough for today"
  // (not "is it enough for the visa?", "not enough for me", "two weeks is enough": the subject a learner leaves out, or
  // "it", "that"); "I have no more ask", "no other doubts"; Tagalog "wala na
  // po" at the end (not "wala na po yung libro", the book is gone)
  patronDone: v12.plus(
    'patronDone',
    r`\bis all\b(?<=(?:^|[.!,] |\b(?:yes|ok|no|so|and|thanks|thank you)[ ,]+)is all)(?=(?: (?:my|of my|the) questions?| for (?:me|now|today))?[ ,.!]*(?:$|thank|gracias|bye))`,
    r`\bfrom my (?:side|end)\b(?<=\b(?:thats|that is|its|it is) (?:it|all) from my (?:side|end))(?! of\b)`,
    r`\b(?:resolved|solved|answered|cleared|clear)\b(?<=\bmy (?:query|queries|doubt|doubts|question|questions|problem|issue|concern) (?:is|are|has been|have been|got|was|were) (?:resolved|solved|answered|cleared|clear))(?<!\b(?:if|when|once|until|till|after|before|whether) my [a-z]+ (?:[a-z]+ )?[a-z]+)(?=[^?]*$)`,
    r`^(?:ok |yes |so |then )?finish[ !.]*$`,
    r`\benough\b(?<=(?:^|[.!,] )(?:is )?enough|\b(?:ok|yes|thanks|so|and|its|it is|thats|that is)[ ,]+enough)(?= for (?:me|now|today|the moment)\b|[ ,.!]*(?:$|thank|gracias|bye))(?=[^?]*$)`,
    r`\bno (?:more|other|further) (?:asks?|doubts?|quer(?:y|ies))\b(?! (?:on|in|about|for|from)\b)`,
    r`\bwala na\b(?:(?<=^wala na)|(?<=[,.!] wala na)|(?<=\b(?:ok|okay|yes|oo) na,? wala na))(?: po)?(?=[ ,.!]*(?:$|thank|salamat|ty\b))`,
  ),
  // completeness in simple words: "Is good for you?", "Is this good for you?" (not "Is this time good for you?", "Is
  // Tuesday good for you?"); "Did you understand?", "Do you understand it?" (not "Do you understand English well…?")
  completeness: v12.plus(
    'completeness',
    r`\bgood for (?:you|u)\b(?<=(?:^|[.!,] )(?:and |so |ok,? )?(?:is|was|are) (?:(?:this|that|it|these|those|the (?:book|books|link|page|site|website|information|info|answer)) )?good for (?:you|u))(?=[ ,!.]*\?)`,
    r`^(?:ok,? |so,? )?(?:did|do) (?:you|u) understand(?: (?:it|this|that|me|everything|all|the (?:steps|instructions|information|info|answer)))?(?: ok| okay| well)?[ ,!.]*\?`,
  ),
  // anything else: "You need more help with something?", "Do you need more help?" (a question; not "Do you need more
  // help with the form?", which asks about the need, nor the condition "You need more help with the form, you come…")
  anythingElse: v12.plus(
    'anythingElse',
    r`\b(?:need|want) (?:more|any more|other|some other|any other|another) help\b(?<=(?:^|[.!?,] |\b(?:you|u|do you|do u|ok|so) )(?:need|want) [a-z ]+)(?: with (?:something|anything)(?: else)?| today| now)?[ ,!.]*\?`,
  ),
  // check-ins in a learner's word order: "You are there?", "u r still here?" (the whole sentence; not "You are still
  // studying English?", "You are here in the US?")
  stillThere: v12.plus('stillThere', r`^(?:(?:hello|hi|ok)[?!.,]* )?(?:you|u) (?:are|r) (?:still )?(?:there|here|online|with me)[ !.]*\?`),
  // the patron seems gone: "I think you left the chat", "I think you are gone" (not "I think you left your card at the
  // desk", "I think you have gone to the wrong page")
  seemGone: v12.plus(
    'seemGone',
    r`\b(?:think|guess|believe)\b(?<=\b(?:i|we) (?:think|guess|believe))(?= (?:that )?(?:you|u) (?:(?:have |already )?left(?: (?:the|this|our) (?:chat|conversation|session))?|(?:are|have|already) gone|went away)(?=[ ,.!;]|$)(?! (?:your|the|a|my|our|to|for|at|in|on|with|home|early|it|them|him|her)\b))`,
  ),
  // "Hello, here is Ahmed from library of Dearborn": a provider introducing themself with "here is" and the library
  // (not "Here is info from the library website", "Here is a guide from the library"); the lead of an affiliation too
  selfIntro: v12.plus('selfIntro', HERE_IS_L6),
  selfAffiliationLead: v12.plus('selfAffiliationLead', HERE_IS_L6),
}));

// ---- v12 (L7): transcripts as real exports carry them: markup, entities, macros, system lines, pasted text
// (test/twelfth-round-exports.test.ts)
const phrasesV12L7 = block(phrasesV12L6, (v12) => ({
  // a check-in's "you there" is not a pasted title's: "Title: Are You There God? It's Me, Margaret." (a catalogue
  // record's label before it, or the book's "God" after it; "Are you there, Gordon?" still asks)
  stillThere: v12.widen('stillThere', [
    [0, r`|on(?= ?[?!.]|$))\b`, r`(?!,? god\b)(?<!\btitle: (?:are|r) (?:you|u) (?:still )?[a-z]+(?: [a-z]+){0,2})`],
    [2, r`(?:still )?there\b`, r`(?!,? god\b)(?<!\btitle: (?:are |is )?(?:you|u|your|youre|anyone|anybody|somebody|someone) (?:still )?there)`],
  ]),
  // "please wait" with a span and what to wait for is pasted advice, not a hold: "Please wait 15 minutes before you
  // log in", "please wait 24 hours for the email" ("Please wait 2 minutes while I check" is still a hold)
  hold: v12.widen('hold', [
    [
      11,
      r`|please (?:wait|hold)`,
      r`(?! (?:\d{1,3}|a few|a couple of|a couple|several|one|two|three|five|ten|fifteen|thirty|twenty four|forty eight)(?: (?:more|full|business|working))? (?:seconds?|minutes?|hours?|days?|weeks?) (?:before|after|until|till|then|for (?:the|your|it|them|a|an))\b)`,
    ],
  ]),
}));

// ---- v12 (M1): second wave: whole sessions of a statewide public-library service, evening and weekend shifts
/** (v12 M1) "Visit Prince George's, the county tourism office, has…": "Visit …" as a name, a verb after its apposition. */
const NAMED_VISIT_M1 = r`(?! [a-z']+(?: [a-z']+){0,3}, (?:the|a|an|our|its) [^,]{1,50}, (?:has|have|is|are|lists|publishes|offers|runs|keeps|maintains|posts|puts out)\b)`;
const phrasesV12M1 = block(phrasesV12L7, (v12) => ({
  // (test/twelfth-round-public.test.ts)
  // "when does your club meet?" asks when a group gathers (a clarifying question), not whether the answer meets the need:
  // "meet" with no object after it, or a time or place ("Does this meet your needs?" still asks)
  completeness: v12.widen(
    'completeness',
    [[0, r`make (?:more |better |a bit more |any more )?sense|meet`, r`(?![ !.]*\?| (?:on|at|in|every|each|weekly|monthly|tonight|today|tomorrow|next|this|after|before|online|there|here)\b)`]],
    // a page named with an ampersand: "Does the Rec & Parks page help in the meantime?", "Did the Parks & Rec list work?"
    // (v1's "the …" subject takes words only; "Does Barnes & Noble have it?" asks nothing about what was given)
    // (keyed on its first word, as every alternative must be to run at the word index's places: an alternative opening
    // with "&" ran the whole family at every character, ~4x the scorer's time, until the merge rewrote it)
    r`\b(?:does|did|do|is|was)(?:nt)? (?:the|that|this) [a-z-]+ & [a-z-]+(?: [a-z-]+){0,2}? (?:page|site|website|link|list|guide|chart|map|article|info|information|database)s? (?:help|helps|helped|work|works|worked|answer|answers|cover|covers)\b`,
  ),
  // readers' advisory: "Try A Court of Thorns and Roses by Sarah J. Maas" is a title, not a court to try (the courts named
  // "Court of Appeals", "of Special Appeals", "of Claims", "of Common Pleas" still are)
  referralOnesToAsk: v12.widen('referralOnesToAsk', [
    [2, r`|agency|court`, r`(?! of (?!(?:appeals|special appeals|claims|federal claims|common pleas|chancery|criminal appeals|international trade)\b))`],
  ]),
  // a tourism bureau named "Visit …" as a subject: "Visit Prince George's, the county tourism office, has a directory…"
  // (a verb after the apposition; "Visit the Welcome Center, the one on Main St, at 123 Main St" still sends the patron)
  referralVerb: v12.widen('referralVerb', [
    [3, r`|text|visit`, NAMED_VISIT_M1],
  ]),
  referralImperative: v12.widen('referralImperative', [
    [0, r`|write to|visit`, NAMED_VISIT_M1],
  ]),
  // the app's limit in a condition is no question limit: "once you've reached your limit the app stops you until the 1st",
  // "when you hit your max, holds wait" ("you've reached your question limit for today" still dismisses)
  dismissalHard: v12.widen('dismissalHard', [
    [4, r`[a-z ,]{0,30})`, r`(?<!\b(?:once|when|if|after|until|till|before|whenever|as soon as) (?:youve|you have|you|u|we|weve|they|theyve)(?: already| actually)? (?:reached|hit|exceeded|used up|used|had|have had) (?:your|the|my|our) (?:[a-z]+ )?(?:limit|maximum|max|quota|cap|allotment|allowance))`],
  ]),
  // a county's transfer station is a place to take waste, not a chat transfer ("I'll transfer you" still is one)
  referralSelf: v12.swap('referralSelf', 2, r`\btransfer(?! (?:stations?|sites?|facility|facilities)\b)`),
  wayBack: v12.swap('wayBack', 7, r`\btransfer(?! (?:stations?|sites?|facility|facilities)\b)`),
  // a condition on the patron's questions leads into the verb: "…, and if you have questions call the Solid Waste office at
  // 240-777-0311", "if you still have problems, email the help desk" ("if you have questions I can call you back" puts
  // the provider before the verb: SELF_BEFORE's to read)
  referralActor: v12.plus(
    'referralActor',
    r`\bif (?:you|u) (?:have|still have|get|run into|hit) (?:any )?(?:more |other |further |follow-up |follow up )?(?:questions|problems|trouble|issues)(?: (?:about|with|on) (?:[a-z'-]+ ){1,4}?)?,? $`,
  ),
  // "It looks like you've already left", "seems you already left": "already" before the word for gone
  seemGone: v12.widen('seemGone', [[0, r`?(?:been |gotten |got |just `, r`|already `]]),
  // "so I'll close this one", "I'm going to close this one out": "this one" is the chat ("I'll end this one on a high note"
  // or "close this one for you" is not: nothing may follow but out/up/down/now)
  willEnd: v12.plus(
    'willEnd',
    r`\bthis one\b(?<=\b(?:ill|i will|im going to|im gonna|i am going to|gonna|well|we will|going to)(?: now| just| go ahead and)? (?:close|end|wrap up|close out|shut) this one)(?: (?:out|up|down))?(?: now)?(?=[ ,.!;]*$|[,.!;] )`,
  ),
}));

// ---- v12 (M2): second wave: whole sessions of an academic libraries' cooperative: students, faculty, research consults
const phrasesV12M2 = block(phrasesV12M1, (v12) => ({
  // advice opened by "best to" / "better to" with the subject left out: "Best to check with your instructor to be sure.",
  // "probably better to ask your TA" (v1's alternative needs "it's"/"would be" before "best"; "Best to check the course
  // guide" has no referring verb, so it still refers no one)
  referralActor: v12.plus(
    'referralActor',
    r`\b(?:best|better|safest|wisest) to\s*$(?<=(?:^|[.!?,;:] |\b(?:probably|prob|always|usually|generally|still|so|but|and|though) )(?:best|better|safest|wisest) to\s*)`,
  ),
}));

// ---- v12 (M3): second wave: whole sessions of a national after-hours cooperative answering for other libraries
/** (v12 M3) What leads a service's name in an opening: "welcome to …", "you've reached …", "I'm with …", "this is …". */
const SERVICE_LEAD_M3 = r`welcome to|youve reached|you have reached|(?:im|i am|were|we are) (?:with|from)|this is`;
// (test/twelfth-round-afterhours.test.ts)
const phrasesV12M3 = block(phrasesV12M2, (v12) => ({
  // "I'm not at your library, but I can try" says who is NOT answering: the negated "I'm" / "I am" is no lead of an
  // affiliation ("I'm not at your library, I'm a librarian in Texas" still identifies by its role and its second "I'm")
  selfAffiliationLead: v12.widen('selfAffiliationLead', [
    [0, r`im(?! (?:afraid|sorry`, r`|not`],
    [0, r`i am(?! (?:afraid|sorry`, r`|not`],
  ]),
  // a party that can check on the patron's request: "the ILL office can check on it for you", "your branch could check
  // that for you" (the provider's own "I can check on it for you" has a pronoun for subject, as for every referralCanHelp;
  // "for you" or "on their end" required: "the catalog will check availability" says nothing of a party)
  referralCanHelp: v12.plus(
    'referralCanHelp',
    r`\bcheck\b(?<=\b(?:can|could|will|would|may|might)(?: (?:also|probably|happily|gladly|definitely|usually|easily))? check)(?= (?:on |into )?(?:it|that|this|them|(?:your|the) [a-z-]+(?: [a-z-]+)?) (?:for (?:you|u)|on their end)\b)`,
    // the verb left out after a party, when the provider just said they cannot do it: "I can't change your account from
    // here, but their circulation desk can: 614-555-0110" (the subject must be a party, as for every referralCanHelp: "…,
    // but you can: log in at …" and "…, but I think the website can" stay out; with no "can't" before it, a bare "can" is left alone)
    r`\b(?:can|could)\b(?<=\b(?:cant|cannot|can not|couldnt|unable to|not able to)\b[^.;?!]{1,120}?\bbut (?:[a-z'&-]+ ){1,5}?(?:can|could))(?= *(?:[.:!]|$|,? (?:though|too|at|by|on|via|through|during|when|once|tomorrow|since|because|as|if|and|so)\b))`,
  ),
  // a library's or office's phone line as whom to call: "You'd call the library's main line", "call their general number",
  // "ring the branch's information line" (the object of a referring verb only: "a line of patrons" has no such word before it)
  referralParty: v12.plus('referralParty', r`\b(?:line|number)\b(?<=\b(?:main|general|information|info|reference|circulation|front desk|branch|customer service) (?:phone )?(?:line|number))`),
  // after-hours cooperatives' names: "AskNow", "Ask Now 24/7", "Hi! I'm with Ask Now" (after a lead, or with its "24/7": not
  // "you can ask now or later", "feel free to ask now")
  selfService: v12.widen(
    'selfService',
    [[0, r`|askusnow|`, r`asknow|ask now 24 ?/ ?7|`]],
    r`\bnow\b(?<=\b(?:${SERVICE_LEAD_M3}|using|contacting) (?:the )?ask now)`,
    // (the merge's) the short name "Ask Us" after the same leads or "hello from", ending its clause: "Hi, thanks for
    // contacting Ask Us!", "Hello from Ask Us!" (the eleventh round's K1 left it, the twelfth's L7 met it again; not
    // "feel free to ask us anything", "thanks for contacting us, ask us anytime", "…contacting Ask Us about your fine")
    r`\bus\b(?<=\b(?:${SERVICE_LEAD_M3}|contacting|(?:hello|hi|hey|greetings) from) (?:the )?ask us)(?=[ ]*(?:[.!,;:?]|$))`,
  ),
}));

// ---- v12 (M4): second wave: whole sessions reviewers argue over: long, multi-part, transferred, followed up
const phrasesV12M4 = block(phrasesV12M3, (v12) => ({
  // the greeting's offer in the words of a patron who said they have several questions: "What's the first one?",
  // "Sure, what is your first question?" (the whole question; not "What's the first one you tried?", "What's the first
  // date you can go?", which ask about the need)
  greetingOffer: v12.plus('greetingOffer', r`^(?:(?:ok|okay|sure|great|so|alright|of course|go ahead),? )*(?:whats|what is) (?:the|your) first (?:one|question)[ !.]*\?`),
}));

const phrasesV12: RubricPhrases = phrasesV12M4;

export const rubricV12: Rubric = {
  ...rubricV11,
  version: '12',
  phrases: phrasesV12,
  bareCheckinL4: true,
  htmlBlocksL7: true,
  mojibakeL7: true,
  wrappedLinesL7: true,
  accountEmailL7: true,
  languageDismissalL6: true,
  learningResourceL6: true,
  choiceTailL3: true,
  hopeCanHelpL2: true,
  bookWithM2: true,
  textShortCodeL2: true,
  elidedObjectL2: true,
  narrowAfterAskM4: true,
  countedPartiesM4: true,
};

// ---- rubric v13: v12 with the families of a thirteenth round of sessions ------------------------------
// (test/thirteenth-round-*.test.ts). v12 above stays as it was. Each block derives from the one before it.

// ---- v13 (N1): readers' advisory and the catalogue (test/thirteenth-round-advisory.test.ts)
const phrasesV13N1 = block(phrasesV12, (v13) => ({
  // after titles are given: "Are any of these what your group had in mind?", "Do any of those sound good?", "any of those
  // sound good?", "Do those two look like a good start?", "Do those sound like his kind of thing?", "Any of these ring a
  // bell?", "Is that the one you remember?", "¿Alguno de estos le llama la atención?" (applied to question sentences
  // only, after the first source; "Does that sound like a plan?" and "Do you want more like these?" ask nothing of it)
  completeness: v13.plus(
    'completeness',
    r`\b(?:do|does|did|are|is|were|was)(?:nt)? (?:any|either|one|some|both|none) of (?:these|those|them|the (?:titles|books|suggestions|picks|ones)) (?:[a-z-]+ ){0,3}?(?:sound|sounds|look|looks|seem|seems|appeal|appeals|interest|interests|work|works|fit|fits|help|helps|what|catch|catches|grab|grabs|ring|rings|strike|strikes)\b`,
    r`\b(?:any|either) of (?:these|those|them)\b(?<=^(?:(?:so|ok|okay|and|well|hmm),? )?(?:any|either) of (?:these|those|them))(?: (?:titles|books|picks|ones))? (?:sound|sounds|look|looks|seem|seems|appeal|appeals|interest|interests|work|works|fit|fits|ring|rings|grab|grabs|strike|strikes)\b`,
    r`\b(?:do|does|did|are|is)(?:nt)? (?:this|that|it|these|those)(?: (?:two|three|four|five|titles?|books?|picks|suggestions|ones?|series))? (?:sound|sounds|look|looks|seem|seems) like (?:a |an )?(?:good|great|fun|promising|(?:his|her|their|your|the) (?:kind|sort|type|style|thing|cup)|something (?:you|u|she|he|they)|what (?:you|u|she|he|they))\b`,
    r`\b(?:does|do|did) (?:this|that|it|these|those|(?:any|either|one) of (?:these|those|them)) ring (?:a|any) bells?\b`,
    r`\b(?:is|was|could) (?:this|that|it) (?:be )?the (?:one|book|title|story|series|author|novel|picture book) (?:(?:you|u)|(?:she|he|they|your (?:son|daughter|child|kid|group|class)))(?: (?:were|are|re|was|had|d))? (?:remember|remembered|remembers|recall|recalled|thinking of|had in mind|have in mind|mean|meant|were looking for|are looking for|wanted|read)\b`,
    r`\b(?:alguno|alguna|algunos|algunas|cualquiera|ninguno) de (?:estos|estas|esos|esas|ellos|ellas|los libros|los titulos) (?:le |te |les )?(?:llama|llaman|interesa|interesan|gusta|gustan|sirve|sirven|parece|parecen|convence|convencen)\b`,
  ),
  // "Do you remember anything else: was the horse wild or tame?" asks about the book, not whether the patron needs more
  anythingElse: v13.widen('anythingElse', [[0, r`(?<!\b(?:tried|`, r`remember|remembered|recall|recalled|`]]),
  // a limit on what one chat may give: "that's the limit for one chat", "I can only give three recommendations per chat"
  // ("We can only lend three book club kits per card" is a borrowing rule: no chat or session after it; "there's no limit
  // for one chat" and the ninth round's "There's no time limit on our chats" lift one)
  dismissalHard: v13.plus(
    'dismissalHard',
    r`\blimit(?<!\b(?:no|any|without a|without any|not a)(?: (?:time|question|set|real|hard|strict))? limit) (?:for|per|in|on) (?:one|this|a|each|every|the|your|our|1) (?:chat|chats|session|sessions|conversation)\b`,
    r`\b(?:only|just) (?:give|do|suggest|recommend|offer|provide|list|share|send|look up|search for|find) (?:up to )?(?:one|two|three|four|five|\d+|a few|a couple of|a limited number of) (?:recommendations?|titles?|books?|suggestions?|picks?|requests?|searches|lookups?|look ups?|items?|things?) (?:per|each|every|in (?:a|one|each)) (?:chat|session|conversation|patron|person|customer|visit)\b`,
  ),
  // "Happy reading!" closes; "The Happy Reading Club signup is at…" names a program
  farewell: v13.swap(
    'farewell',
    6,
    r`\bhappy (?:reading|studying|researching|writing|hunting|learning|listening|watching|travels|holidays?|birthday|new year|thanksgiving|searching|gardening|cooking|baking|knitting|[a-z]+ing)\b(?! (?:club|clubs|challenge|challenges|program|programs|programme|camp|contest|bingo|log|logs|kit|kits|list|lists|hour|time|day|week|month|festival|event|series|corner|room)\b)`,
  ),
}));

// ---- v13 (N2): e-resources and accounts, troubleshooting: apps, proxies, PINs, blocked and expired cards, vendor reports
const phrasesV13N2 = block(phrasesV13N1, (v13) => ({
  // (test/thirteenth-round-eresources.test.ts)
  // "Were you able to borrow e-books before your card expired?" asks about the past, not whether the steps worked (v12's
  // "were you able to borrow / stream / connect…", alternative 88, took it)
  completeness: v13.widen(
    'completeness',
    [[88, r`|make (?:it|that) work)\b`, r`(?![^.?!]{0,40}\b(?:before|earlier|yesterday|last (?:week|month|year|time))\b)`]],
    // "Were you able to sign back in and borrow something?", "Are you able to log back in?": the outcome of the steps just
    // given (not "Were you able to sign back in before, on your old phone?", the past)
    r`\b(?:were|are) (?:you|u) able to (?:sign back in|log back in|get back in(?:to)?)\b(?![^.?!]{0,40}\b(?:before|earlier|yesterday|last (?:week|month|year|time))\b)`,
    // "Is it showing only your loans now?", "Is Libby listing the right holds now?": what the fix should show, asked after it
    r`\bnow\b(?<=\b(?:is|are) (?:it|that|libby|hoopla|kanopy|the [a-z]+) (?:showing|listing|displaying) (?:only |just |all )?(?:your|the right|the correct|the new) [a-z-]+(?: [a-z-]+)? now)(?=[ !.]*\?)`,
    // "Did that get it open?", "Did that get it loading?": whether the steps opened what the patron could not
    r`\b(?:open|loaded|loading|unlocked|to open|to load|to play)\b(?<=\b(?:did|does|has) (?:that|this|it) (?:get|got|gotten) (?:it|them|the [a-z]+) (?:open|loaded|loading|unlocked|to open|to load|to play))(?=[ !.]*\?)`,
  ),
  // "they'll write to you before we close tomorrow", "I'll e-mail you before the library closes": a delivery time after
  // the one who will send, not the opening hours (v6's lookbehind keeps "close … tomorrow" out of the day words), nor
  // "Stop by before we close tomorrow, and I'll e-mail you the steps" (the visit's time)
  whenExpect: v13.plus(
    'whenExpect',
    r`\bbefore (?:we|the library|the branch|the office|the desk|they) (?:close|closes)(?: (?:tomorrow|today|tonight|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)))?\b(?<=\b(?:ill|i will|well|we will|theyll|they will|shell|she will|hell|he will|someone will)\b(?:[^.;!?]|\.(?! |$)){1,100})`,
  ),
  // "open a ticket with Kanopy support at help.kanopy.com", "submit a support ticket to OverDrive": the patron writes to a
  // vendor's support ("I've opened a ticket with Kanopy" is the provider's doing: the self lead-in keeps it out)
  referralVerb: v13.plus('referralVerb', r`\b(?:open|opening|submit|submitting|file|filing|raise|raising|put in|putting in|start|starting) (?:a|an) (?:support |help ?desk |help )?ticket (?:with|to)\b`),
  // the party of such a ticket, or of "contact Kanopy support": a vendor's support named without a possessive "s" (v10's
  // "Amazon's device support" has one); not "Kanopy supports Roku" (a verb)
  referralParty: v13.plus(
    'referralParty',
    r`\bsupport\b(?<=\b(?:kanopy|hoopla|overdrive|libby|cloudlibrary|pressreader|ebsco|proquest|gale|jstor|flipster|bibliotheca|ancestry|brainfuse|comics plus|creativebug|mango) support)(?! (?:page|pages|site|article|articles|faq|faqs|docs|center|centre|hub)\b)`,
  ),
  // "Only your home library's circulation desk can reset a PIN": a party that can reset a PIN or a password, with "a"
  referralCanHelp: v13.widen('referralCanHelp', [[1, r`(?:reset|unlock|unblock|reactivate|reissue) (?:it|that|this|them|those|`, r`an? (?:pin|password|passcode|card|account|block)|`]]),
  // "That's the third app question tonight; we can't keep troubleshooting your devices over chat": the provider will not
  // go on helping (not "we can keep troubleshooting until it works", nor "I won't keep you long")
  dismissalConvenience: v13.plus(
    'dismissalConvenience',
    r`\bkeep (?:troubleshooting|helping|assisting|fixing|answering|working on|doing this)\b(?<=\b(?:we|i) (?:cant|cannot|can not|wont|will not|are not going to|arent going to|am not going to|im not going to) keep [a-z]+(?: [a-z]+)?)`,
  ),
}));

// ---- v13 (N3): older patrons and accessibility: slow typists, caregivers, talking books, homebound delivery, Medicare
const phrasesV13N3 = block(phrasesV13N2, (v13) => ({
  // a library's pickup notice, not a follow-up: "We'll call you when it's ready to pick up.", "…once the books are ready
  // for pickup" (not "I'll e-mail you the list when it's ready", which promises the list itself)
  notPromise: v13.plus(
    'notPromise',
    r`\bready\b(?<=\b(?:when|once|as soon as) (?:its|it is|theyre|they are|(?:the|your) (?:book|books|item|items|hold|holds|copy|copies|order|dvd|dvds|cd|cds) (?:is|are)) ready)(?= (?:to (?:be )?pick(?:ed)? ?up|for (?:(?:you|u) to )?pick ?up|on the hold shelf)\b)`,
  ),
  // an invitation back with the service's own number between: "Please call us at 1-800-555-0134 anytime.", "text me at
  // 555-0101 again if…" (not "call us at 503-988-5123 to renew it before Friday", which asks for nothing later)
  inviteBack: v13.plus('inviteBack', r`\b(?:call|phone|ring|text|email|reach|contact) (?:us|me) (?:at|on) (?:[^ ]+ ){1,3}?(?:anytime|any time|again|whenever)\b`),
  // a patient explainer's check on what was given: "Did I explain that clearly enough?", "Was that clear enough?", "Was
  // that slow enough for you?" (not "Did I explain the fees earlier?", "Was that clear on the form?")
  completeness: v13.widen(
    'completeness',
    // "or is it more that she needs help holding pages?" offers a second reading of the need: no "is that what she needs?"
    [[90, r`(?:this|that|these|those|it) (?:the |a |an )?(?:`, r`(?!more )`]],
    r`\bdid (?:i|we) explain (?:that|it|this|those|everything|things|the steps) (?:clearly|well|ok|okay|slowly)(?: enough)?(?: for (?:you|u))?[ !.]*\?`,
    r`\b(?:was|is) (?:that|this) (?:clear enough|slow enough|easier to follow|easy enough to follow)(?: for (?:you|u))?[ !.]*\?`,
  ),
  // "they'll renew it with your address over the phone": the patron's address as what the party will ask, not the
  // patron's contact, so the party's phone in that sentence is still a source ("I have your address as …" still is)
  patronContactContext: v13.widen('patronContactContext', [[0, r`(?<!\b(?:from|on|using|via|with) your (?:phone|cell|mobile))`, r`(?<!\bwith your address)`]]),
}));

// ---- v13 (N4): very short, abandoned and misdirected sessions (test/thirteenth-round-brief.test.ts)
const phrasesV13N4 = block(phrasesV13N3, (v13) => ({
  // "We're the public library, so we can't see benefits cases": "we're" normalised to "were" opens no question when what
  // follows is who is answering, ending its clause ("were the libraries closed monday" still asks)
  questionOpening: v13.widen('questionOpening', [
    [0, '^(?!', r`(?:(?:and|so|ok|okay|oh|sorry|no),? )?were (?:the|a|an|your|just the|only the) (?:[a-z-]+ ){0,4}?(?:library|libraries|service|chat service|chat|reference desk|help desk|cooperative|consortium)(?=[,.;!]| so| and| but|$)|`],
  ]),
  // an invitation back with what to bring: "Text us any library question anytime!", "send us your questions whenever"
  // ("ask me any questions you have about the form" names no time: no invitation)
  inviteBack: v13.widen(
    'inviteBack',
    // Spanish "Aquí estamos si nos necesita" ("aquí estamos para lo que necesite" already was)
    [[26, '(?=[ !.]*$', r`| si (?:nos|me) (?:necesita|necesitas|necesitan|necesitara|necesitaras)\b`]],
    r`\b(?:text|message|email|send|write|ask|call|bring) (?:us|me) (?:any|your|other|more|another|all your)(?: other| more| further| library| future)? questions? (?:again|anytime|any time|whenever)\b`,
  ),
  // Spanish "¡No se preocupe!" to a patron who pressed the wrong button is an acknowledgement, as "No worries!" is
  ack: v13.widen('ack', [[0, '|muy bien', '|no se preocupe|no te preocupes|no hay problema|no pasa nada']]),
  // ("You've started three chats about this already, and I can't keep helping you with it." is N2's alternative, with
  // "assisting" added at the merge: the help ended for the provider's sake; "I can't keep the hold for you" keeps no helping)
  // a promise to send to the patron's address rather than to "you": "I'll email a list to the address on your account by
  // Friday", "I'll search our holdings and email what I find to m.reyes@example.org" (first person only, not right now:
  // "You can email the form to the address on the page", "I'll send the link to your email right now" promise nothing later;
  // as stored, the patron's address is "[email]", the merge's)
  followupPromise: v13.plus(
    'followupPromise',
    r`\b(?:email|e mail|send|mail|forward)\b(?<=\b(?:ill|i will|we will|well|im going to|i am going to|were going to|we are going to|i can|we can|let me|let us)(?: [a-z0-9&]+){0,8}? (?:email|e mail|send|mail|forward))(?= (?:[a-z0-9&]+ ){0,6}?to (?:the (?:address|email|e mail)|your (?:email|e mail|address|inbox)|[a-z0-9._%+-]+@|\[email\]))(?![^.!?]*\b(?:right now|right away|now|in a (?:moment|minute|sec|second|bit)|in a few (?:seconds|minutes|mins)|momentarily)\b)`,
  ),
  // a send done during the chat: "I'll send the link to your email right now" sends nothing later ("I'll email the first part
  // right now and the rest by Friday" still promises)
  notPromise: v13.plus(
    'notPromise',
    r`\b(?:right now|right away)\b(?<=\b(?:send|email|e mail|forward|mail|text)(?: [a-z0-9&@._\[\]-]+){0,8}? (?:right now|right away))(?![^.!?]*\b(?:tomorrow|later|next week|within|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end|tonight|then))\b)`,
  ),
  // Spanish "Para eso comuníquese con el Tribunal Superior…": "para eso" leads into the referring verb as "for that" does
  // ("Para eso" then a web page is no party: referralNotParty's to read)
  referralActor: v13.plus('referralActor', r`\b(?:para|sobre|con) (?:eso|esto|ello)(?: (?:ultimo|otro|mismo))?,? $`),
  // a breadcrumb is a menu path only right after the verb ("Contact > Email us"); one later in the object ("contact Amazon
  // support from amazon.com/contact-us (choose Your Orders > …)") does not make the party a web page
  referralNotParty: v13.swap('referralNotParty', 2, r`^(?:[a-z&'-]+ ){0,2}>`),
  // the patron's own address in the provider's promise after a first step: "I'll search our Sanborn holdings and email
  // what I find to m.reyes@example.org" (the address is where the result goes, no contact to refer to; "I'll check, and
  // you can email the clerk at clerk@…" keeps the clerk's address a source); as stored, the address is "[email]" (the
  // merge's)
  patronContactContext: v13.plus(
    'patronContactContext',
    r`\b(?:email|send|mail|forward)\b(?<=\b(?:ill|i will|well|we will|im going to|i am going to|were going to|we are going to|i can|we can)(?:(?: [a-z0-9&]+){1,8}? and(?: then)?)? (?:email|send|mail|forward))(?: [a-z0-9&-]+){0,4}? to(?= [a-z0-9._%+-]+@| \[email\])`,
  ),
}));

// ---- v13 (N5): civic and government questions: voting, passports, citizenship, benefits, DMV, property, FOIA, census
const phrasesV13N5 = block(phrasesV13N4, (v13) => ({
  // (test/thirteenth-round-civic.test.ts)
  // civic offices and officials as parties: "write to your county commissioner", "the Secretary of State", "the Records
  // Access Officer", "your caseworker", "go in person to the Hall of Records", "ask at Room 106 of the County Building";
  // Spanish "la Comisión de Salud", "el consulado", "el juzgado" (only ever tested on what a referring verb or a can-help
  // phrase points at: "the commissioner's report says…" refers no one)
  referralParty: v13.plus(
    'referralParty',
    r`\b(?:commissioners?|aldermen|alderman|alderpersons?|councilmembers?|council members?|councilors?|councillors?|assemblymembers?|congress(?:man|men|woman|women|person|member|members)|caseworkers?|case workers?|officers?|secretary of state)\b`,
    r`\b(?:hall of records|city hall|town hall|courthouse|county building|city building|municipal building|government center)\b`,
    r`\b(?:comision|comisiones|consulados?|juzgados?|tribunal|tribunales|alcaldia|ayuntamiento)\b`,
  ),
  referralVerb: v13.plus(
    'referralVerb',
    // a visit in person: "you have to go in person to the Hall of Records" ("go to" had it; the adverb between cut it)
    r`\b(?:go|going|come|head|show up|appear|apply) in person (?:to|at)\b`,
    // a document ordered from an office, with what it is a copy of: "order a certified copy of the certificate from the
    // Department of Health" (the v1 alternative had the noun right before "from")
    r`\b(?:request|order|get|obtain)(?:ing|s)? (?:a |an |the |your )?(?:certified |official |new |replacement )?(?:copy|copies|transcript|transcripts) of (?:the|your|their|his|her|a|an) (?:[a-z-]+ ){0,2}?[a-z-]+ from\b`,
    // papers taken, mailed or sent to an office or official: "mail it with the request form to the Secretary of State",
    // "bring it to their office at 801 Capitol Way", "send a public records request to the Records Access Officer" (L1's
    // alternative had clerks only; the party word must close the object: "send the link to your phone" names none, nor
    // "send it to your phone from the department" (no "from", "via", "using"… before the party word))
    r`\b(?:bring|take|mail|send|submit|deliver|drop off)\b(?= (?:it|them|this|that|these|those|(?:your|the|a|an|all|both|each)(?: [a-z0-9'-]+){1,4}?)(?: (?:in|off|along))?(?: (?:with|and) (?:the|a|an|your) (?:[a-z0-9'-]+ ){0,3}?[a-z0-9'-]+)? (?:to|at) (?:the|your|their|a|any|that) (?:(?!(?:from|via|through|using|by|on|with) )[a-z&'-]+ ){0,4}?(?:office|offices|secretary of state|assessor|recorder|registrar|department|dept|division|bureau|agency|commission|consulate|embassy|officer|board of elections|commissioner|representative|senator)\b)`,
    // Spanish asking at or going to an office: "puede preguntar en la oficina del secretario del condado", "acuda al
    // consulado", "diríjase a la oficina" (the object must still be a party: "pregunte en el chat" names none)
    r`\b(?:preguntar|pregunte|pregunta|acudir|acuda|acude|dirigirse|dirijase|dirigase|dirigete)\b(?= (?:en|a|al|con) )`,
  ),
  // who to call as the subject's role: "Your caseworker at the Department of Social Services is the person to call", "the
  // county clerk is the office to contact" (a verb of contact required: "she is the person to thank" names no one to contact)
  referralCanHelp: v13.plus(
    'referralCanHelp',
    r`\b(?:is|are|would be|will be)(?: (?:probably|definitely|really|usually|always))? the (?:person|people|one|ones|office|folks|place|agency) (?:(?:you|u)(?:ll| will| would|d)? (?:want|need) )?to (?:call|contact|talk to|speak to|speak with|ask|see|reach|email|visit|write to)\b`,
  ),
  // completeness about a source named without an article: "Does ECHO cover part of what you need in the meantime?", "Does
  // govinfo work for now?" (what the patron needs, or "for now", must follow: "Does Medicaid cover dental?", "Does Tuesday
  // work for you?" ask about something else)
  completeness: v13.plus(
    'completeness',
    r`\b(?:does|did|do)(?:nt)? (?!(?:you|u|they|we|i|he|she|it) )[a-z][a-z0-9.-]{1,24} (?:cover|covers|covered|answer|answers|get at) (?:(?:part|some|most|much|all|a lot) of )?what (?:you|u) (?:need|needed|want|wanted|were after|are after|were looking for|are looking for)\b`,
    r`\b(?:does|did)(?:nt)? (?!(?:you|u|they|we|i|he|she) )[a-z][a-z0-9.-]{1,24} (?:work|help) for (?:now|the moment|the time being|the meantime)\b`,
  ),
  // an N-1-1 line written with dashes after "al" / "at" or a word for a line: "llame a la Comisión … al 2-1-1", "call United
  // Way at 2-1-1" (dashes required: "at 211 Main St" is an address)
  // (the merge's) the patron's own contact as stored, "[email]" / "[phone]", where these alternatives read it by its "@"
  // or digits: "I'll email it to you at [email] by Wednesday", "is that still [phone]?" (test/redaction-known.ts)
  patronContactContext: v13.widen('patronContactContext', [
    [6, r`(?= [^ ]*@`, r`| \[(?:email|phone)\]`],
    [7, r`(?= [a-z0-9._%+-]+@`, r`| \[email\]`],
    [10, r`(?= [a-z0-9._%+-]+@`, r`| \[email\]`],
  ]),
  // (the merge's) a file sent to a system's address is sent to no party: "e-mail the file to the branch print address and
  // release it within 24 hours", "send it to the library's print email" (with urlBeforeVerbN5 the page's URL before the
  // verb no longer reached "the branch", and 2% of the generator's sessions failed a referral they never made; "e-mail the
  // branch manager at …" still refers)
  referralNotParty: v13.plus(
    'referralNotParty',
    r`^(?:(?:the|a|your|this|that|it|them|those|these|my) )?(?:[a-z0-9-]+ ){0,3}?to (?:the|your|our|a|an|that|their) (?:[a-z0-9-]+ ){0,3}?(?:print|printing|printer|printers|scan|scanning|fax|copy|copier|mobile print|wireless print)(?:ing)? (?:address|email|e mail|inbox|queue|station|release station)\b`,
  ),
  phone: v13.plus('phone', r`\b[2-8]-1-1\b(?<=\b(?:al|at|llame|llama|llamar|marque|marca|marcar|number|numero|line|linea) [2-8]-1-1)(?![\d-])`),
  // anything else with a time after it: "Is there any other government info you're looking for today?" (v8's alternative
  // ended at "for"; "any other info you're looking for today about the permit" still asks about the need)
  anythingElse: v13.widen('anythingElse', [[22, r`(?=(?: for)?`, r`(?: (?:today|now|right now|tonight|at the moment|this (?:morning|afternoon|evening)))?`]]),
}));

// ---- v13 (N6): providers' writing styles (test/thirteenth-round-styles.test.ts): terse experts, warm and wordy
// providers, LibChat / QuestionPoint macros, bubbles, lower case with typos, emoji, British / Irish / Australian /
// Canadian English, Spanish and English in one session
const phrasesV13N6 = block(phrasesV13N5, (v13) => ({
  completeness: v13.plus(
    'completeness',
    // warm and wordy: "Does that sound like it will get you what you were hoping for?", "Do those sound like they'd
    // be what you need?" (more words than the first alternative's three between subject and verb; not "Does that
    // sound like a plan?", "Does Tuesday sound like it will work?")
    r`\bsound\b(?<=\b(?:does|do|did)(?:nt)? (?:that|this|it|these|those|any of (?:these|those|them)|either of (?:these|those|them)) sound)(?= like (?:it|they|that|this|these|those)(?:ll|d| will| would| might| could)? (?:(?:get|give|bring|show|tell) (?:you|u) |be |have )?(?:what|everything|all) (?:you|u)\b)`,
    // Australian: "Reckon that'll do ya?", "That'll do you?" (not "that'll do you good.", no question; not "Will
    // that do you for Tuesday?")
    r`\bdo\b(?<=\b(?:that|this|it|those|these)(?:ll| will| should) do)(?= (?:ya|you|u|ye)(?: (?:then|mate|for now))?[ !.]*\?)`,
    // British: "Is that alright for now?", "Is that ok for now?" (not "Is that ok?" asking leave, "Is Tuesday alright
    // for now?")
    r`\b(?:alright|all right|ok)\b(?<=\b(?:is|was|are) (?:that|this|it|these|those) (?:alright|all right|ok))(?= for now[ !.]*\?)`,
    // a year or an edition as the subject: "does 1995 help in the meantime…?", "Does the 2019 edition help?" (not
    // "Does 2027 work as your graduation year?")
    r`\b(?:does|did)(?:nt)? (?:the )?(?:19|20)\d\ds?(?: [a-z]+)? help\b`,
  ),
  // "thats 3 qs, our limit.", "you've asked 5 questions - the max" (the patron's count of questions, then the limit,
  // ending the clause; not "Each practice quiz has 20 questions, the max, and…", "the max score is 30")
  dismissalHard: v13.plus(
    'dismissalHard',
    r`\b(?:limit|max|maximum|quota)\b(?<=\b(?:thats|that is|thats been|youve asked|you have asked|you asked|youve had|you have had) (?:your |my )?(?:\d+|one|two|three|four|five|six) questions?[ ,;:-]+(?:(?:thats|that is|which is|is) )?(?:our|the|your|my) [a-z]+)(?=[ ]*(?:[.!,;:]|$))`,
  ),
  // terse: "hey - ref desk, UW Libraries." (not "ask at the ref desk", which the greeting's own-role test leaves out)
  selfRole: v13.plus('selfRole', r`\bref (?:desk|team|staff|librarian|librarians)\b`),
  // typed in haste: "this is amber at wake county libraires" (the common misspellings text.ts does not mend)
  selfAffiliation: v13.plus('selfAffiliation', r`\b(?:libraires|librarys|libray|libraray|librery|libarary|libarry)\b`),
  // British: "pop in and see the Local Studies team", "nip down and ask the Business Centre" (visits; the object must
  // still be a party: "pop in and see the exhibition" refers no one)
  referralVerb: v13.plus(
    'referralVerb',
    r`\b(?:pop|nip|drop|swing|stop) (?:in|down|up|over|round|along|by) (?:and|to) (?:see|ask|talk to|speak to|speak with|chat to|chat with)\b`,
  ),
  // "the Service BC centre in Kelowna can also take your application" (the subject must still be a party: "ILLiad
  // can take your request" refers no one)
  referralCanHelp: v13.plus(
    'referralCanHelp',
    r`\b(?:can|could|will)(?: also)? (?:take|process|accept) (?:your|the) (?:application|applications|paperwork|forms?|renewal)\b`,
  ),
}));

// ---- v13 (N7): a county library system's own chat, daytime, whole sessions (test/thirteenth-round-county.test.ts)
const phrasesV13N7 = block(phrasesV13N6, (v13) => ({
  // an imperative "Do it online at voteohio.gov, or contact …", "do that in person at any branch" opens no question
  // ("Do it online?" with its "?" still asks; "Do they take walk-ins" still opens one)
  questionOpening: v13.widen('questionOpening', [
    [0, r`(?:have|do) (?:a|an)\b`, r`|do (?:it|this|that) (?:online|in person|yourself|from home|at|through|by|here|there|first|instead|anytime|any time|today)\b`],
  ]),
  // "Is that workable?", "Would that be doable for you?" after the answer (not "Is the scanner workable?", "Is it doable
  // to print 200 pages?", which ask about something else)
  completeness: v13.plus('completeness', r`\b(?:is|would|will)(?<=^(?:(?:ok|okay|so|and|great|then),? )?(?:is|would|will)) (?:that|this)(?: be)? (?:workable|doable)(?: for (?:you|u|now))?[ !.]*\?`),
  // "Try your bank: most banks notarize free" sends the patron to a party ("try your library card number again",
  // "try your search again" name none: the party words decide, as for the other verbs)
  referralVerb: v13.plus('referralVerb', r`\btry(?= (?:your|ur) (?!(?:library|card|account|search|password|pin|login|luck)\b))`),
  // "I'm off the desk at noon", "I'm getting off shift": the provider's own shift, as "my shift ends" (it fails only
  // with an end announced and no way back)
  dismissalConvenience: v13.plus('dismissalConvenience', r`\b(?:off|clocking)(?<=\b(?:im|i am|im getting|i am getting|im clocking|i am clocking) (?:off|clocking))(?: out| off)? (?:the desk|desk|shift|duty|the clock|chat duty)\b`),
}));

// ---- v13 (N8): WHOLE sessions of specialized academic libraries (health sciences, law, music, archives and special
// collections) (test/thirteenth-round-special.test.ts)
const phrasesV13N8 = block(phrasesV13N7, (v13) => ({
  // a delivery in words of arrival: "the PDF will come to r.amari@example.edu within two business days", "the scans will
  // come to your inbox by Friday" (only to the patron, an address or an inbox: "you can come to the reading room by Friday"
  // delivers nothing)
  deliveryVerb: v13.widen('deliveryVerb', [[0, r`\b(?:send|`, r`come (?:to|through to) (?:you|u|your (?:inbox|email|e mail|mailbox)|[a-z0-9][a-z0-9._-]{0,40}@|\[email\])|`]]),
  // "Did that get it?" as the whole question (not "Did that get it to you?", "Does that get it out of the way?"); "Would that do for
  // class?", "Would those do for now?" (not "Would Tuesday do for a consultation?", "What would you do for class?")
  completeness: v13.widen('completeness', [
    [0, r`|have what`, r`|get it(?=[?!. ]*$)`],
    [0, r`|do\b(?=[?!. ]*$)`, r`|do for (?:now|today|class|the (?:class|paper|project|seminar|presentation|assignment|recital|concert|program|brief|memo)|your (?:class|paper|project|purposes|needs|seminar|presentation|assignment|recital|concert|program|brief|memo))(?=[?!. ]*$)`],
  ]),
  // the law databases by their short names: "Nimmer is on Lexis+ under Secondary Materials", "on Westlaw and Lexis" (the
  // word alone or with its "+"; "lexisnexis", "lexis advance" were already there)
  knownResource: v13.plus('knownResource', r`\blexis\b`),
  // told to book a visit to the reading room: "please book a reading room appointment through our Aeon system at …",
  // "schedule a research room visit" (the verb alone, so the room is the object and the party; not "I booked a reading
  // room appointment for you", "book a study room at libcal…")
  referralVerb: v13.plus(
    'referralVerb',
    r`\b(?:book|schedule|make|request|set up)(?:ing)?\b(?= (?:a|an|your) (?:[a-z]+ )?(?:reading room|reading-room|research room|search room) (?:appointment|visit|reservation|slot)s?\b)`,
  ),
  // "Our chat is closing now, so I have to end this." (the chat left unnamed at the end of the sentence, as v11's "…end this
  // one"; not "you have to end this sentence with…", "I have to end this call to transfer you")
  dismissalConvenience: v13.widen(
    'dismissalConvenience',
    // and v1's "have to end this session" as a step in another system: "To export it, you have to end this session in
    // Westlaw first" (a system's name, then "first", "before", "then", "and" or "by"; "I have to end this chat in order
    // to…", "…end the chat in 5 minutes" still dismiss)
    [[7, r`(?:close|end|wrap up|finish|stop) (?:this|the|our) (?:chat|session|conversation)`, r`(?! (?:in|on) (?!order\b)[a-z]+ (?:first|before|then|and|by)\b)`]],
    r`\b(?:have|need|must|got) to (?:close|end|wrap up) this(?= *(?:now|here)?[.!;]*$)`,
  ),
  // three words before "here" when the last is a library unit: "UNLV Special Collections here, Jess.", "Health Sciences
  // Library here" (two words were read already)
  selfNameHere: v13.widen('selfNameHere', [[0, r`here\b)[a-z]+(?: [a-z]+)?`, r`(?: (?:collections|library|libraries|archives|desk))?`]]),
}));

const phrasesV13: RubricPhrases = phrasesV13N8;

export const rubricV13: Rubric = {
  ...rubricV12,
  version: '13',
  phrases: phrasesV13,
  askedNothingN4: true,
  partyWordsN8: true,
  themNewPartyN8: true,
  givenBetweenN8: true,
  serviceLibraryN8: true,
  urlBeforeVerbN5: true,
  gotNameN6: true,
  bookShapesN1: true,
  choiceWorkN7: true,
  colleagueClauseN7: true,
  contactCheckSoundN7: true,
  convenienceGoesOnN7: true,
  toolResourceN7: true,
  callNamedN7: true,
  partyConnectsNM: true,
};

/**
 * Rubric v14: v13's phrases and settings, and a stored transcript's "[email]" and "[phone]" read as the patron's own
 * address and number (`placeholderContactsV14`), so a session scores the same stored as uploaded.
 */
export const rubricV14: Rubric = {
  ...rubricV13,
  version: '14',
  placeholderContactsV14: true,
};

/** (v15 O4) A meeting booked "with" one of the library's helpers named by role (phrases' referralVerb, checks/referral.ts). */
export const BOOK_ROLE_SRC_O4 = String.raw`(?:appointment|consultation|session|review|meeting|chat)s? with (?:a|an|one of our|our|the) (?:[a-z-]+ )?(?:coach|coaches|tutor|tutors|counselor|counselors|counsellor|counsellors|advisor|advisors|adviser|advisers|mentor|mentors|navigator|navigators|consultant|consultants)\b`;

// ---- Rubric v15: a fourteenth round of sessions (blocks O1-O4, each deriving from the one before) -------------------
// O1: (test/fourteenth-round-evening.test.ts)
const phrasesV15O1 = block(phrasesV13, (v15) => ({
  // a party that does the thing over the phone, with the number: "Broward renews cards over the phone at 954-357-7444",
  // "their circulation desk can reset PINs by phone at (541) 312-1020" tell the patron to call them (as "you can renew
  // by phone at …" already did). Keyed on the verb; the number must follow ("Libby lets you renew titles by phone" is
  // the patron's device, no party), not the provider's side of itself ("we'll handle it by phone at …") and not a noun
  // ("we'll handle the reset by phone at …")
  referralOnesToAsk: v15.plus(
    'referralOnesToAsk',
    r`\b(?:renews?|replaces?|reissues?|resets?|unlocks?|waives?|handles?|takes?|process(?:es)?|accepts?|answers?)\b(?<!\b(?:(?:i|ill|id|im|we|well|wed|were)(?: can| could| will| would| also| just| am| are)?|the|a|an|your|their|our|this|that|my|its) [a-z]+)(?= (?:[a-z0-9-]+ ){0,4}?(?:over|by) (?:the )?(?:phone|telephone) at (?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b)`,
  ),
}));
// O2: (test/fourteenth-round-college.test.ts)
const phrasesV15O2 = block(phrasesV15O1, (v15) => ({
  // "Is it for a works cited page or in-text?" asks about the need: "works cited" is MLA's list, not "does it work"
  // ("Does that works for ur paper?" still asks whether the answer meets the need)
  completeness: v15.widen('completeness', [[0, r`)(?! for (?:pick ?up|pick-up|pickup|delivery|drop ?off)\b)|works`, r`(?! cited)`]]),
  // "You've asked quite a few questions, so I need to move on to other things." (K3's count of questions needed a time
  // after it; a count followed by the provider stopping also tells the patron they asked too many; not "You've asked a
  // lot of questions, so I need to check a few things first", nor "…, which is great")
  dismissalHard: v15.widen('dismissalHard', [
    [
      38,
      r`(?= (?:today|tonight|this (?:morning|afternoon|evening))\b`,
      r`|,? (?:so|and) (?:(?:i|we) (?:need|have|must|got) to|ill|well|im going to|were going to|(?:i|we) gotta|(?:i|we) will) (?:move on|stop (?:here|now|there)|wrap (?:this|it|things) up|end (?:this|the|our) (?:chat|session)|log off|sign off|let (?:you|u) go)\b`,
    ],
  ]),
  // "…so I'll wrap up here, but the chat reopens at 7:30 tomorrow and you can always email askus@…": the patron is to
  // write, no delivery of the provider's (v5's look back to "I'll" ran across the patron's own "you can email"; "I'll
  // email it to m@example.org tomorrow" still promises)
  followupSend: v15.widen('followupSend', [[2, r`\b(?:email|e mail|text|message|send|forward|mail))`, r`(?<!\b(?:you|u)(?: (?:can|could|may|might|should|will))?(?: (?:always|also|just))? (?:email|e mail|text|message|send|forward|mail))`]]),
  // a device to re-enroll is no contact: "they can re-enroll your phone" (Duo), "register your phone in the app" (not
  // "we can update your phone number", which still asks for the patron's contact)
  patronContactContext: v15.widen('patronContactContext', [
    [0, r`(?<!\bwith your address)`, r`(?!(?<=\b(?:enroll|re-enroll|reenroll|register|re-register|restart|reboot|unlock|charge|pair|sync|factory reset) your (?:phone|cell|mobile))(?! (?:number|numbers|no|num)\b))`],
  ]),
  // "take them to the bookstore's buyback counter" (L1's "take it to the clerk's window" with the campus store; "take the
  // bus to the bookstore" has no object of its own before "to")
  referralVerb: v15.widen('referralVerb', [[31, r`(?:clerks?|prothonotary`, r`|bookstores?|campus stores?`]]),
  // the campus bookstore is a party to visit ("check with the bookstore about buyback"; "the bookstore website" is a
  // page: referralNotParty's)
  referralParty: v15.plus('referralParty', r`\bbookstores?\b`),
  // "Just search the library databases": no database named ("the library databases page", "our databases A-Z list" are a
  // page with the steps; "the database" after a name, singular, unchanged)
  namedResource: v15.widen('namedResource', [
    [0, r`databases?(?<!\b(?:`, r`(?:the|our|your|their)(?: library| librarys| online| college| campus)?(?= databases(?! (?:page|list|a-z|a to z|tab|link|menu|guide|button)))|`],
  ]),
}));
// O3: circulation and account questions at public libraries (test/fourteenth-round-circulation.test.ts)
const phrasesV15O3 = block(phrasesV15O2, (v15) => ({
  // "I can't see the lender's status from chat, so I'll check with our ILL office and get back to you at …": the
  // negation is the provider's limit, the clause after "so I'll" promises (as "but I'll" already did); not "I can't get
  // back to you on this, so you'll want to call them" (no "so I'll … you")
  notPromise: v15.widen(
    'notPromise',
    [[0, r`did not)\b`, r`(?![^.!?]*\bso (?:ill|i will|well|we will)\b[^.!?]*?\b(?:get back to|follow up with|email|e mail|call|text|let|contact|write to) (?:you|u)\b)`]],
    // "We'll e-mail you as soon as it's on the hold shelf": the library's pickup notice (as alternative 7's "when it's
    // ready to pick up"); not "I'll text you as soon as it's on the hold shelf", the provider's own promise
    r`\bshelf\b(?<=\b(?:when|once|as soon as) (?:its|it is|theyre|they are|(?:the|your) (?:book|books|item|items|hold|holds|copy|copies|dvd|dvds|request|order|title|titles) (?:is|are)) (?:on|at|in) the (?:hold|holds|pickup|pick up|reserve|reserves) shelf)(?<!\b(?:ill|i will|i can|i shall)\b[^.!?]{0,160})`,
  ),
  // "You'll need to talk to circulation about that": the department named before "about / regarding / directly / first"
  // (not "circulation" of a book: a referral verb must be in the sentence too)
  referralParty: v15.widen('referralParty', [[12, r`|when|next|if|they|to|for`, r`|about|regarding|directly|first`]]),
  // "take your ID and your Saint Paul card to any Hennepin County Library branch": documents brought to a library named
  // by a word or more before "library" (another system's, for reciprocal borrowing); not "bring a photo ID to any
  // branch" / "to any Lakeview branch" / "to any of our branches" (the earlier rounds' own-branch instructions, no
  // referral), "take your card to any self-checkout kiosk", "to the main library"
  referralVerb: v15.plus(
    'referralVerb',
    r`\b(?:bring|take)\b(?= (?:your|a) (?:photo |picture |government |state |valid )?(?:id|ids|identification|license|licence|drivers license|card|library card|proof of (?:address|residence|residency)|lease|utility bill)(?: (?:and|or|plus|with) (?:your |a |an )?(?:[a-z0-9'-]+ ){0,3}?[a-z0-9'-]+)? (?:in )?to (?:the|any|a|an|your|one of the) (?!(?:main|central)\b)(?:[a-z&'-]+ ){1,4}?(?:library|libraries)(?: (?:branch|branches|location|locations))?\b(?! (?:website|site|web site|page|catalog|catalogue|app|account|card)\b))`,
  ),
  // "it's on our website somewhere under fines" does not know the way: "somewhere under" gives no step (not "on our
  // website under Fines & Fees", a step)
  webSteps: v15.widen('webSteps', [[1, r`drop ?down menu|under`, r`(?<!\bsomewhere under)`]]),
  // "Does that clear up the charge?", "Did this clear up your question?": the particle before its object (alternative
  // 109 takes "clear it up"); not "Does the library clear up fines for kids?" (a subject that is no "that / this / it"),
  // "Will it clear up the fines if I return it?"
  completeness: v15.plus(
    'completeness',
    r`\bclear up\b(?<=\b(?:does|did|do|will|would|should) (?:that|this|it|these|those) clear up)(?= (?:the|your|that|this|those|these|my|any|some) (?:charge|charges|fee|fees|fine|fines|bill|balance|question|questions|confusion|issue|problem|mystery|message|notice|letter|error|status|things)(?: (?:for (?:you|u)|a bit|at all))?[ !.]*\?)`,
  ),
  // "That's your three questions for today, I have to move on.": the patron told their questions are used up (not
  // "That's your three questions answered, then!", "Those are your two questions?")
  dismissalHard: v15.plus(
    'dismissalHard',
    r`\bquestions?\b(?<=\b(?:thats|that is|those are|thats been|that was|that makes) (?:your|all your|all of your) (?:\d+|one|two|three|four|five) questions?)(?= *(?:for (?:today|tonight|this (?:chat|session|week|visit))\b|[.!,;:]|$))`,
  ),
  // "Was the e-mail from noreply@columbuslibrary.org?": a no-reply sender reaches no one, so it is no contact and no
  // source (not "circulation@cmlibrary.org", a contact)
  email: v15.widen('email', [[0, r`(?<![a-z0-9._%+-])`, r`(?!(?:no-?reply|do-?not-?reply|donotreply)@)`]]),
}));
// O4: (test/fourteenth-round-urban.test.ts)
const phrasesV15O4 = block(phrasesV15O3, (v15) => ({
  // "open Chrome and try to load any page so the sign-in screen pops up": a page not named is no web page to use (the
  // steps after it make no source); "the hours page", "any branch's page at …" still name one
  webPage: v15.widen('webPage', [[0, r`pagina web)\b`, r`(?<!\bany (?:other )?(?:web )?(?:website|webpage|site|page))`]]),
  // telling the patron to tell a party something: "Just let Eastwick know at the checkout desk", "Please let the
  // branch staff know", "Let your teacher know" (at the sentence's start or after "just" / "please" / "then" / "also";
  // not "let me / us / you know", "I'll let them know", "let it go")
  referralVerb: v15.plus(
    'referralVerb',
    r`\blet\b(?<=(?:^|[.!?;:] |\b(?:just|please|pls|simply|then|also) )let)(?= (?!(?:me|us|you|u|him|her|them|it|that|this|yourself|go|alone)\b)(?:[a-z0-9&'-]+ ){1,4}?know\b)`,
    // booking time with one of the library's own helpers by role: "book a free 45-minute resume review with a career coach
    // at …", "schedule a session with one of our digital navigators" (checks/referral.ts `BOOK_ROLE_O4` takes the helper
    // as the party); not "I booked a session with a tutor for you", "book a room with a whiteboard"
    r`\b(?:book|booking|schedule|scheduling|set up|setting up|make|making|request|requesting|reserve|reserving)\b(?= (?:a|an|your) (?:[a-z0-9-]+ ){0,3}?${BOOK_ROLE_SRC_O4})`,
  ),
}));

const phrasesV15: RubricPhrases = phrasesV15O4;

/** Rubric v15: v14 with the phrase families and settings of a fourteenth round of sessions (blocks O1-O4). */
export const rubricV15: Rubric = {
  ...rubricV14,
  version: '15',
  phrases: phrasesV15,
  passedOnWishO1: true,
  nothingGivenYetO3: true,
  partyNotInAddressO2: true,
  bookAtPartyO2: true,
  serviceAcronymO4: true,
  chatLinkBackO4: true,
  planCheckO4: true,
  bookRoleO4: true,
};

// ---- Rubric v16: a fifteenth round of sessions (blocks P1-P4, each deriving from the one before) --------------------
// P1: (test/fifteenth-round-rural.test.ts)
const phrasesV16P1 = block(phrasesV15, (v16) => ({
  // a lead-in naming the patron's best or easiest move without "your" (v9's "the easiest way is to", v1's "your best
  // bet"): "Best bet is to stop by the library Tuesday 2-6 and ask Marlene", "the easiest is to drop it off at …"
  // (tested on the text before a referring verb only; not "the best bet is the catalog", which has no verb)
  referralActor: v16.plus(
    'referralActor',
    r`\b(?:bet|easiest|simplest|quickest|fastest)\b(?<=\b(?:best|safest|surest|easiest) bet|\b(?:easiest|simplest|quickest|fastest))(?: (?:one|option|thing))? (?:is|would be|will be|might be|may be|is probably|would probably be) (?:just |probably |likely )?to\s*$`,
  ),
  referralVerb: v16.plus(
    'referralVerb',
    // a form or permit fetched from a party: "You can pick one up from the county auditor down at the courthouse" (not
    // "pick it up at the hold shelf" / "from the front desk" / "from any branch": the library's own pickup)
    r`\bpick (?:it|one|them|that|this|those|these|a copy|copies|a form|the form|forms|an application|the application|applications|a permit|the permit|permits|a kit|kits|a packet|a bag|bags) up from\b(?= (?!(?:the|your|our|any|a) (?:front |circulation |checkout |check out |service |hold |holds |reference )?(?:desk|shelf|shelves|branch|branches|lockers?|counter|window|book drop)\b)(?:the|your|a|an|their|[a-z]+s) )`,
    // something mailed or sent to a party: "send a letter with the names and the year to Register of Deeds, 410 N
    // Pomeroy Ave, …", "mail the sample and a $25 check to NDSU Soil Testing Lab, PO Box …" (the party follows "to";
    // not "I'll send it to you", "send the link to your phone", "mail it to us", "mail it back to the library", nor "send
    // your file to print@…", an address the object is sent to, no party)
    r`\b(?:mail|send)\b(?<!\b(?:ill|i will|well|we will|i can|we can|let me|i could|we could|i would|id|i|we) (?:mail|send))(?= (?:a|an|the|your|it|them|this|that|those|these|copies|samples?|payment|checks?|letters?|forms?|applications?)\b) (?:[a-z0-9$',&/-]+ ){1,12}?to\b(?<!\bback to)(?= (?![a-z0-9._%+-]+@)(?!(?:you|u|me|us|yourself|yourselves|your (?:email|e mail|inbox|phone|cell|device|account|printer|computer|kindle))\b)[a-z0-9])`,
    // something dropped off at a named party: "drop it off at the Garfield County Library, 217 G Street in Burwell" (not
    // "drop it off at any branch / the front desk / the book drop": the library's own returns)
    r`\bdrop (?:it|them|this|that|those|these|the (?:book|books|item|items|form|forms|sample|samples|application|applications|payment|paperwork)) off (?:at|with)\b(?= (?:the|your) (?!(?:main|central|front|circulation|book|return|returns|nearest|closest)\b)(?:[a-z&'-]+ ){1,4}?(?:library|libraries|office|courthouse|center|centre|lab|laboratory|department|clerk|station|agency)\b)`,
    // Spanish gerund with "al": "Puede inscribirse llamando al 308-324-8480" (v8's "llamando a" met "a la oficina")
    r`\b(?:llamando|marcando|escribiendo) al\b`,
  ),
  // a party that can hand the patron something: "Your county extension office can give you sample bags and mail them to
  // a lab for you: …" (the subject must be a party, as for every referralCanHelp: not "I can send you the link", "Libby
  // can give you a sample"; "can / could" only: "the jury office will mail you a new date", "the branch manager will give
  // you a bell" say what the party will do, and "can give you a call" is the party's call)
  referralCanHelp: v16.plus(
    'referralCanHelp',
    r`\b(?:can|could)(?: (?:also|usually|probably|likely|even))? (?:give|sell|lend|loan|mail|send|provide) (?:you|u)\b(?: with)?(?= (?:a|an|the|some|free|sample|soil|extra|more|copies|forms?|kits?|bags?|applications?|packets?|permits?)\b)(?! (?:a|an) (?:call|ring|bell|buzz|shout|text|email|e mail|new date)\b)`,
  ),
  // closing time as the provider's reason to stop: "We close at 5 and it's 4:58, so I have to shut everything down now"
  // (the provider's own "I / we have to shut …"; not "you have to shut down the computer and restart it")
  dismissalConvenience: v16.plus(
    'dismissalConvenience',
    r`\bshut\b(?<=\b(?:i|we) (?:have|need|must|got|gotta) to shut|\b(?:ive|weve) got to shut|\b(?:i|we) gotta shut)(?= (?:everything|it all|things|the (?:computers?|library|building|branch|place|desk|chat)) down\b| down (?:everything|the (?:computers?|library|building|branch|place|desk|chat))\b| (?:it|things|everything) down (?:now|for (?:the|to)(?:day|night))\b)`,
  ),
}));
// P2: (test/fifteenth-round-pace.test.ts)
const phrasesV16P2 = block(phrasesV16P1, (v16) => ({
  // the chat as a "convo" (SMS and chat-speak): "closing this convo now", "gonna end our convo", "this convo will close
  // soon" (the end keyed on the word, with the verb or the article before it; not "great convo!", "the convo about
  // fines", "in our last convo you asked")
  willEnd: v16.plus(
    'willEnd',
    r`\bconvos?\b(?<=\b(?:closing|ending|end|close|closing out|close out|wrap up|wrapping up|terminate|terminating|shut down|shutting down) (?:(?:this|the|our|ur|your) )?convos?)`,
    r`\bconvo (?:will|is going to|is about to|is gonna|gonna) (?:soon |shortly |now |automatically )?(?:end|close|time out|be (?:ended|closed))\b(?<=\b(?:this|the|our|ur|your) convo [a-z ]+)`,
  ),
  // "I think we got cut off", "you were cut off" (v9's "looks like you got cut off" and "you may have been cut off" needed
  // the look or the doubt); "cut off from" something that is not the chat is the patron's access: "It sounds like you
  // got cut off from the catalog after too many PIN tries" is no sign they are gone ("cut off from the chat" still is)
  seemGone: v16.widen(
    'seemGone',
    [[0, r`cut off`, r`(?! from (?!(?:the |this |our )?(?:chat|session|conversation|line|call)\b))`]],
    r`\bcut off\b(?<=\b(?:you|u|we)(?:ve| have)? (?:just |all )?(?:been|got|gotten|were|was|get) cut off)(?! from (?!(?:the |this |our )?(?:chat|session|conversation|line|call)\b))`,
  ),
  // "Give me just a couple minutes to look into this", "give me just a few more minutes" ("just a" went on to the
  // span's unit only; "give me just a few more details" asks the patron, no wait)
  hold: v16.widen('hold', [[1, r`(?:a|one|just a|`, r`just a (?:few|couple(?: of)?)|just (?:one|two|five|\d+)|`]]),
}));
// P3: (test/fifteenth-round-archives.test.ts)
const phrasesV16P3 = block(phrasesV16P2, (v16) => ({
  // "Okay, pulling the reel now.", "grabbing the 1936 box now": fetching something from the stacks, said in the present
  // (L3's "I'm going to go pull the reel" in the future); not "Try pulling the drawer now", nor "pulling the files now
  // and I'll mail them next week" (a time word after it: later, not now)
  hold: v16.plus(
    'hold',
    r`\b(?:pulling|grabbing|fetching|threading)\b(?<!\b(?:try|trying|keep|start|stop|avoid|tried) [a-z]+)(?= (?:(?:the|that|those|your|his|her|our|a|an|it|them) )?(?:[a-z0-9-]+ ){0,3}?(?:now|right now|as we speak)\b(?![^.!?]{0,60}?\b(?:tomorrow|tonight|later|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|when|once|after)\b))`,
  ),
  // "request his full service file from the National Personnel Records Center": a file or papers (and his / her) asked
  // of the party named after "from" (v5's "request a copy from"); not "I'll request his file from the NPRC for you"
  // (the provider acting, as before)
  referralVerb: v16.widen('referralVerb', [
    [0, r`(?:a |an |the |your |their |`, r`his |her |its |my |`],
    [0, r`(?:[a-z]+ )?`, r`(?:[a-z]+ )?`],
    [0, r`(?:copy|copies|records?|`, r`files?|papers|`],
    // Spanish "puede pedirla al Registro Civil", "solicítela a la Oficina…": ask the party for the document
    [10, r`(?:acuda|`, r`pedirla|pedirlo|pedirlas|pedirlos|solicitarla|solicitarlo|solicitela|solicitelo|pidala|pidalo|`],
    [11, r`(?:escribele|`, r`pedirla a|pedirlo a|pedirlas a|pedirlos a|solicitarla a|solicitarlo a|solicitela a|solicitelo a|pidala a|pidalo a|`],
  ]),
  // promises whose verb comes after other work in the same sentence, or whose wording the families did not hold yet:
  followupPromise: v16.widen(
    'followupPromise',
    [
      // "You will receive the scans from our digitization team by the 20th" ("the" / "your" before what is received);
      // not "You will receive the certificate from the state office" (no one of ours: the party words stay as they were)
      [5, r`expect) (?:`, r`the |your |`],
      // "I will research this further and respond by e-mail within 48 hours": a second verb joined by "and", after the
      // provider's own "I will / we'll" only (not "they will review it and respond within 10 business days")
      [16, r`(?:will|shall|well|theyll|shell|hell|ill|going to|gonna)`, r`(?:(?<=\b(?:i will|we will|i shall|we shall|ill|well|im going to|i am going to|were going to|we are going to))(?: [a-z0-9]+){1,8}? and)?`],
      // "Dana will reply directly to kp@example.org by Friday": the patron's address after "reply/respond (directly) to"
      [16, r`(?= (?:to (?:you|u)\b|`, r`(?:directly |personally )?to (?:[a-z0-9][a-z0-9._%+-]*@|\[email\])|directly to (?:you|u)\b|`],
      // "I'll hunt for the deed tomorrow and get it over to you": the sending verb after "and"
      [18, r`(?:ill|i will|well|we will|shell|hell|theyll|can|going to|gonna)`, r`(?:(?: [a-z0-9]+){1,8}? and(?: then)?)?`],
      // "Leave it with me and I'll dig into the census tomorrow and write back.": "write back" with no "you" at the end
      // of the sentence or before a time (not "I'll write back to them")
      [29, r` (?:you|u) back`, r`| back`],
    ],
    // "I'm handing this off to our genealogy specialist; expect an email Friday": "expect" a reply with a time, in a
    // sentence where the provider speaks of themself (not "Write to the clerk; expect a reply within 10 days", nor "Don't
    // expect an email before Friday")
    r`\bexpect\b(?<=\b(?:i|we|ill|well|im|were|ive|weve|our|me|us)\b[^.!?]{0,120}?\bexpect)(?<!\b(?:dont|do not|never|not|didnt|did not|cant|cannot) expect)(?= (?:an? |my |our )?(?:email|e mail|call|phone call|reply|response|answer|update|scan|scans|text|note|letter)(?: (?:back )?from (?:me|us|her|him|them|our (?:[a-z]+ ){0,2}?[a-z]+))? (?:on |by |within |early |late |later |next |this |first thing |tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|in (?:a|one|two|three|\d+) (?:business |working )?days?))`,
  ),
  // "pídala al Archivo Histórico del Estado\"": a public archive is a party (not "el archivo PDF", "guarde el archivo")
  referralParty: v16.widen('referralParty', [
    [0, r`sala de (?:investigadores|lectura|consulta|referencia)|`, r`archivo (?:historico|general|municipal|estatal|nacional|diocesano|parroquial|del estado)|`],
  ]),
  // "We'll email you when the ILL book is ready for pickup", "…once your interlibrary loan arrives": the ILL system's
  // notice, as v13's "when the book is ready" (the ILL word in between); not "I'll email you when your ILL book
  // arrives", the provider's own promise
  notPromise: v16.plus(
    'notPromise',
    r`\b(?:ill|interlibrary|inter library)\b(?<=\b(?:when|once|as soon as) (?:the|your) (?:ill|interlibrary|inter library))(?= (?:loan )?(?:book|books|item|items|copy|copies|request|requests|loan|loans|title|titles|dvd|dvds|article|articles) (?:is|are|arrives?|comes? in|gets? here)\b)(?<!\b(?:i will|i can|i shall|ill(?! (?:book|books|item|items|copy|copies|request|requests|loan|loans|title|titles|dvd|dvds|article|articles)\b))\b[^.!?]{0,160})`,
  ),
}));
// P4: (test/fifteenth-round-bilingual.test.ts)
const phrasesV16P4 = block(phrasesV16P3, (v16) => ({
  // the patron done, in Mexican and Caribbean usage: "ya no ocupo nada más", "no necesito na' más" (v11 had "no necesito
  // nada más"; not "¿no ocupo nada más que la credencial?", "only")
  patronDone: v16.plus('patronDone', r`\bno (?:necesito|ocupo|preciso|requiero) (?:na mas|nada mas|mas nada|otra cosa|ninguna otra cosa)\b(?! que\b)`),
  // completeness in Spanish: "¿Eso le resuelve?", "¿Con eso le basta o necesita algo más específico?" (what was given,
  // "eso / esto", as the subject: "¿Le basta con una copia?" asks about the need); "¿Es lo que andaba buscando?";
  // chat-speak "t sirve?"; a learner's "¿Es esto bueno para su mamá?", "¿Es bueno?" opening the question (not "¿El
  // martes a las 3 es bueno para usted?", a time offered, nor "¿Es bueno el libro?"); "¿Pudo activarla?", "¿Ya pudo entrar?" (as "were you able to
  // open it?")
  completeness: v16.plus(
    'completeness',
    r`\b(?:resuelve|resolvio|basta|bastan|alcanza)\b(?<=\b(?:eso|esto|con eso|con esto) (?:le|te|les|t) [a-z]+)(?=[^.!?]*\?)`,
    r`\b(?:andaba|andabas|andaban|estaba|estabas|estaban) (?:buscando|necesitando)\b(?<=\b(?:es|era|seria) (?:esto |eso )?lo que [a-z]+ [a-z]+)(?=[^.!?]*\?)`,
    r`\bt (?:sirve|sirvio|sirven|ayuda|ayudo)\b(?=[ !.]*\?)`,
    r`\b(?:bueno|buena|suficiente)\b(?<=(?:^|[,;:] )(?:y |pero |entonces |ok,? )?(?:es|son) (?:esto |eso |esta |este )?[a-z]+)(?=(?: para (?:usted|ti|ud|su [a-z]+|tu [a-z]+))? ?\?)`,
    r`\b(?:pudo|pudiste|pudieron|logro|lograste)\b(?= (?:entrar|ingresar|acceder|activarla|activarlo|activar|abrirlo|abrirla|abrir|descargarlo|descargarla|descargar|encontrarlo|encontrarla|encontrar|verlo|verla|imprimirlo|imprimirla|renovarlo|renovarla|cambiarlo|cambiarla|iniciar sesion)\b[^.!?]*\?)`,
  ),
  // "¿Quiere que le busque algo más cerca de su casa?" asks about the need in hand (v8's list of what "algo más" may
  // qualify, with place and price)
  anythingElse: v16.widen('anythingElse', [[6, r`mas\b(?! (?:`, r`cerca|lejos|cercan[oa]s?|economic[oa]s?|rapid[oa]s?|`]]),
  // check-ins: "¿Aún se encuentra en línea?", "¿Todavía te encuentras ahí?" (a question ending there: "¿Se encuentra en
  // línea el formulario?" asks about a form)
  stillThere: v16.plus(
    'stillThere',
    r`\bencuentras?\b(?<=\b(?:se|te) encuentras?)(?= (?:usted |tu |ud |todavia |aun )?(?:por aqui|aqui|en linea|ahi|por ahi|conectad[oa]|en el chat)[ !.]*\?)`,
  ),
  // "Buenas noches, ¡que disfruten la lectura!": "buenas noches" before a wish or "hasta…" says goodbye (not "¡Buenas
  // noches! ¿En qué le puedo ayudar?", a greeting)
  farewell: v16.plus(
    'farewell',
    r`\bbuenas noches\b(?=[ ,!.]*(?:que (?:descanse|descansen|descanses|disfrute|disfruten|disfrutes|le vaya|te vaya|les vaya|este|esten|estes|pase|pasen|pases)\b|hasta\b))`,
  ),
  // dismissals: "tengo otras cosas que hacer" (the provider's convenience; "si tiene otras cosas que hacer, puede volver
  // después" is the patron's), "lo demás tendrá que resolverlo por su cuenta" (the rest of the need left to the patron;
  // not "puede hacerlo por su cuenta en dmv.org", a way to do it)
  dismissalConvenience: v16.plus(
    'dismissalConvenience',
    r`\b(?:tengo|tenemos) (?:otras cosas|mas cosas|otras tareas|mas trabajo|otros pendientes|cosas) que hacer\b`,
    r`\bpor (?:su|tu) cuenta\b(?<=\b(?:lo demas|lo otro|el resto) (?:[a-z]+ )?(?:tendra|tiene|va a tener|tendras|tienes|tendria|tendrias) que (?:resolverlo|resolver|buscarlo|buscar|averiguarlo|averiguar|investigarlo|investigar|hacerlo|verlo) (?:usted |tu )?por (?:su|tu) cuenta)`,
  ),
  // referring verbs: "Preséntese en el Consulado General…", "acuda a la oficina…" (the party is found after it: "Preséntese
  // en la entrevista con su pasaporte" names none); "haga la cita llamando al 844-…" (v8 had "llamando a")
  referralVerb: v16.widen(
    'referralVerb',
    [[3, r`escribiendo a|`, r`llamando al|escribiendo al|`]],
    r`\b(?:presentese|presentense|presentarse|acuda|acudan|acudir)\b(?= (?:en persona |personalmente |directamente )?(?:en|a|al|ante)\b)`,
  ),
  // charities as parties: "puede ir a Catholic Charities", "Caridades Católicas" ("charity shop" stays a shop)
  referralParty: v16.plus('referralParty', r`\b(?:charities|caridades)\b`),
  // "A ver, usted necesita una clase de celular en español…" restates (v11 had "a ver si le entendí"); not "a ver, usted
  // necesita llevar su identificación" (an instruction)
  restatement: v16.plus(
    'restatement',
    r`\ba ver,? (?:usted|tu|ud) (?:necesita|necesitas|busca|buscas|quiere|quieres|esta buscando|estas buscando)\b(?! (?:entrar|ir|llevar|traer|tener|hacer|llenar|pagar|presentar|usar|crear|abrir|firmar|mandar|enviar)\b)`,
  ),
  // promises with the patron as "la / lo": "La bibliotecaria de Lawrence la llamará el lunes" (v7 had "le llamará")
  // "Se la mando en cuanto terminemos el chat": the thing sent as "se la / te lo" before v9's "le mando … en cuanto"
  followupPromise: v16.widen(
    'followupPromise',
    [[13, r`\b(?:le|te|les`, r`|se lo|se la|se los|se las|te lo|te la|te los|te las`]],
    r`\b(?:la|lo|las|los) (?:llamara|llamaran|llamare|llamaremos|contactara|contactaran|contactare|contactaremos)\b`,
  ),
  // when: "en cuanto terminemos el chat", "al terminar el chat", "después del chat" (as "after our chat")
  whenExpect: v16.plus(
    'whenExpect',
    r`\ben cuanto (?:terminemos|acabemos|cerremos) (?:el|este|la|esta) (?:chat|sesion|conversacion)\b`,
    r`\b(?:al (?:terminar|cerrar|acabar) (?:el |este |esta |la )?|despues del |despues de (?:este |esta |la )?)(?:chat|sesion|conversacion)\b`,
  ),
}));
// ---- second wave (blocks P5-P8)
// P5: (test/fifteenth-round-crisis.test.ts)
const phrasesV16P5 = block(phrasesV16P4, (v16) => ({
  // emergency services by their number: "call 911", "dial 9-1-1", "llame al 911" (v11 read the N-1-1 lines 2-8 only);
  // a phone to reach after a verb of calling only ("room 911", "page 911", "$911" stay numbers of other things)
  phone: v16.plus('phone', r`\b(?:911|9-1-1)\b(?<=\b(?:llame|llama|llamar|llamen|marque|marca|marcar|call|calling|dial|dialing|phone|text|texting) (?:al |a |el )?(?:911|9-1-1))(?![\d-])`),
  // parties a patron in need is sent to: "worth asking your church", "ask your pastor", "go to the nearest emergency
  // room / urgent care / the ER", "call your Medicaid plan", "hablar con su pediatra / terapeuta / trabajadora social",
  // and 911 itself after a verb of calling ("if you feel unsafe, call 911": emergency services, reached by the number);
  // not "the ER doctor said" (no verb of referring before it), "your health plan covers it" (no verb either)
  referralParty: v16.plus(
    'referralParty',
    r`\b(?:church|churches|parish|pastor|priest|mosque|synagogue|congregation|imam|rabbi|emergency room|emergency rooms|urgent care|pediatra|pediatrician|terapeuta|psicologa|psicologo|trabajadora social|trabajador social|consejera|enfermera)\b`,
    r`\ber\b(?<=\b(?:the|an|nearest|closest|local) er)`,
    r`\bplan\b(?<=\b(?:your|her|his|their) (?:medicaid|medicare|health|insurance|dental|medical) plan)`,
    r`\b(?:911|9-1-1)\b(?<![\d.,$#-](?:911|9-1-1))(?![\d-])`,
  ),
  // the patron as the one to act, with an adverb before "worth" ("It would also be worth asking your church", "it's
  // probably worth calling them": v1 had "it would be worth"), and in Spanish "vale la pena hablar con…", "sería bueno
  // llamar a…", "es importante consultar con…" (tested before a referring verb only: "vale la pena leer el libro" names
  // no party)
  referralActor: v16.plus(
    'referralActor',
    r`\bworth\b(?<=\b(?:its|it is|it would|it might|it may|it could|it will|would)(?: (?:also|really|definitely|probably|still|always|certainly|maybe|perhaps))?(?: be)?(?: (?:also|really|definitely|probably|still|always|certainly|well))? worth)`,
    r`\b(?:vale la pena|(?:es|seria|sera) (?:bueno|buena idea|recomendable|importante|mejor))(?= ?$)`,
  ),
  // completeness: "Is the breathing helping at all?", "Are the exercises helping?", "Is any of this helping?" (what was
  // given as the subject, "helping" ending the question; not "Is the library helping you with the form?", nor a person:
  // "Is the counselor helping?")
  completeness: v16.plus(
    'completeness',
    r`\bhelping\b(?<=\b(?:is|are|isnt|arent) (?:any of (?:this|that|these|those|it|them)|(?:the|these|those|this|that) (?!(?:counselor|counsellor|therapist|doctor|staff|librarian|school|medication|medicine|teacher|lawyer)\b)[a-z]+(?: [a-z]+)?) helping)(?=(?: (?:at all|so far|any|a bit|a little|yet|now))?[ !.]*\?)`,
  ),
  // a presence statement beside a check-in or after an answer is no work on the question: "I'm here whenever you're
  // ready to type", "I'll be right here when you're ready", "we're still here whenever you're ready" (the speaker's own
  // presence before it; not "The forms are here whenever you're ready to apply: …", "Let me know when you're ready")
  offer: v16.plus(
    'offer',
    r`\bready\b(?<=\b(?:im|i am|ill be|i will be|were|we are|well be|we will be|still) (?:right |still |always )?here (?:whenever|when|once|if) (?:you|u)(?:re| are)? ready)`,
  ),
  // dismissals: "I've got a bunch of chats going right now so I can't dig into that" (the provider's load as the reason
  // to refuse; not "I've got several chats going, so I may be a little slow", nor a hold "… so bear with me"), "you'll
  // have to google around" (the rest of the need left to the patron; not "I'll google around for you", "try googling")
  dismissalConvenience: v16.plus(
    'dismissalConvenience',
    r`\bchats? (?:going|open|going on|at once)\b(?<=\b(?:i|ive|i have|ive got|i got|im juggling|im handling|im in) (?:a bunch of|a lot of|lots of|several|many|too many|a ton of|so many|other|(?:two|three|four|five|six|\d+)(?: other)?) chats? (?:going|open|going on|at once))(?=[^.!?]{0,40}?\b(?:so|and) (?:i|we) (?:cant|cannot|can not|wont|will not|dont have time|do not have time|have no time)\b)`,
    r`\bgoogle around\b(?<=\b(?:youll|you will|youd|you would|you|u|ull)(?: (?:have|need|got)(?: to)?| gotta) google around)`,
  ),
}));
// P6: (test/fifteenth-round-macros.test.ts)
const phrasesV16P6 = block(phrasesV16P5, (v16) => ({
  // a time booked at a scheduling page: "Our Career Center has free one-on-one help; book a time at jaxpubliclibrary.org/career"
  // (with `bookTimeP6`, the party named before the verb, as O2's "book a session at"; "book a time at the study room
  // page" names no party)
  referralVerb: v16.plus('referralVerb', r`\b(?:book(?:ing)?|reserv(?:e|ing)|schedul(?:e|ing)|grab(?:bing)?) (?:a|an|your) (?:free )?(?:time|time slot|timeslot|slot) (?:at|through|via|on)\b`),
  // a question about the patron's device is no contact: "Is your phone an iPhone or Android?", "is your phone a
  // smartphone?" (not "is your phone number still 555-…?"); and the patron's address read back right after thanks:
  // "Thanks: tina.b@example.org." (v6 had "Got it, …", "I have …"; not "Thanks! Our address is askus@…", words between)
  patronContactContext: v16.widen(
    'patronContactContext',
    [[0, r`(?<!\bwith your address)`, r`(?!(?<=\byour (?:phone|cell|mobile)) (?:an?|an apple|a samsung|a google) (?:iphone|android|smartphone|smart phone|flip phone|pixel|galaxy|apple|samsung|ipad|tablet)\b)`]],
    r`\b(?:thanks|thank you|thx|ty)\b(?=[ :,!.-]*(?:[a-z0-9._%+-]+@|\[email\]))`,
  ),
  // an offer beside what the patron can do instead: "I can send your card number to the e-mail on your account; or you can
  // reset it yourself at npl.org/account" leaves the choice to the patron, no promise ("I'll e-mail you the list
  // tomorrow, or you can call us" still promises)
  notPromise: v16.plus('notPromise', r`\bor (?:you|u) (?:can|could)\b(?<=\b(?:i|we) (?:can|could) [^.!?]{1,120}?[,;] or (?:you|u) (?:can|could))`),
}));
// P7: (test/fifteenth-round-conduct.test.ts)
const phrasesV16P7 = block(phrasesV16P6, (v16) => ({
  // "Do you have another library question?", "any other research questions for me?" (K's "another question" met a word
  // between it and the noun; not "Is this another library book?": "question" or one of v11's nouns must follow)
  anythingElse: v16.widen('anythingElse', [[29, r`(?= `, r`(?:(?:library|research|reference|chat|quick) )?`]]),
  // "Is that the poem you were thinking of?" (v12's "you were after / had in mind"), at the end of the question; not "Is
  // that the branch you were thinking of visiting?" (a plan)
  // "Does that show what the $45 is for?", "Did it show you where the form is?" (v11's "show what you …"): whether the
  // page given answers; not "Did the system show what you owe?" (the subject must be the thing given: that / this / it)
  completeness: v16.widen(
    'completeness',
    [[42, r`|what (?:you|u)`, r`|(?:you )?(?:what|why|where|which|when)`]],
    r`\bthinking of\b(?<=\b(?:is|was|are|were|isnt|wasnt) (?:this|that|these|those|it) (?:the |a |an )?(?:[a-z-]+ ){0,3}(?:you|u) (?:were |are |was )?thinking of)(?=[?!. ]*$)`,
  ),
  // "Chat us tomorrow if you need more!", "call us tonight" (v1's "chat with us later / again / anytime" had no day)
  inviteBack: v16.widen('inviteBack', [[1, r`(?:again|anytime|any time|later|`, r`tomorrow|tonight|`]]),
  dismissalConvenience: v16.widen(
    'dismissalConvenience',
    // a warning with "or" ends nothing: "Please keep it respectful or I'll need to end the chat." (as "if …, I'll have to
    // end the chat"); "…, so I need to end the chat" still ends it
    [[7, r`(?! (?:in|on) (?!order\b)[a-z]+ (?:first|before|then|and|by)\b))\b`, r`(?<!\bor (?:ill|i will|i would|id|well|we will|we would|i|we) (?:have|need|must|got) to (?:close|end|wrap up|finish|stop) (?:this|the|our) (?:chat|session|conversation))`]],
    // the patron sent to a search engine instead of helped: "just try Google for that one", "just google that one",
    // "google is ur friend" (not "You could also try a Google search for …", "just search Google Scholar", "just use
    // Google Maps", nor advice beside the answer: "any atlas will have it, or just google it", "if the link ever moves,
    // just google it")
    r`\bgoogle\b(?<=\bjust (?:try |use |go |ask |search )?google)(?<!\b(?:if|when|in case) [^.!?;]{1,60}?just (?:try |use |go |ask |search )?google|\bor just (?:try |use |go |ask |search )?google)(?= (?:that|this) one\b| for (?:that|this|it|the rest|those|these)\b)`,
    r`\bgoogle (?:is (?:your|ur) (?:best )?friend|(?:it|that) (?:yourself|urself))\b`,
    // "this is taking too long, so let's stop here." (the provider's own reason, then "so"; not "Sure, let's stop here"
    // agreeing to the patron, nor "so let's stop here and check the results": the stop ends the sentence or is "for now")
    r`\bstop\b(?<=\bso lets stop)(?= (?:here|there)(?: for (?:now|today|tonight|the day))?(?:[ !.]*$|[.!;,] *(?!and\b)))`,
  ),
}));
// P8: (test/fifteenth-round-data.test.ts)
const phrasesV16P8 = block(phrasesV16P7, (v16) => ({
  // completeness about data given: "Is that the data you mean?" (present "mean", data words only: "Jackson County,
  // Missouri: is that the county you mean?" before anything is given clarifies; v7 had "meant"), "Does this table have
  // the numbers you need?" (a thing given as the subject: not "Does the library have the numbers you need?"), "Does
  // DataQuest look like what you need?" (a named tool as the subject; not "Does your form look like what you need to
  // fill out?")
  completeness: v16.plus(
    'completeness',
    r`\bmean\b(?<=\b(?:is|was|are|were|isnt|wasnt) (?:this|that|these|those) (?:the |a |an )?(?:[a-z-]+ ){0,2}(?:data|table|tables|number|numbers|figure|figures|dataset|datasets|statistics|stats|series|info|information|estimates?) (?:you|u) mean)(?=[ !.]*\?)`,
    r`\b(?:have|has|show|shows|give|gives|contain|contains|include|includes|list|lists)\b(?<=\b(?:does|do|did) (?:it|this|that|these|those|(?:this|that|these|those|the) (?:table|tables|report|reports|chart|charts|dataset|data|map|maps|file|files|page|tool|spreadsheet|profile|profiles|series|list|site|link|database)) (?:have|has|show|shows|give|gives|contain|contains|include|includes|list|lists))(?= (?:the|all the|everything|all) (?:[a-z-]+ ){0,2}?(?:you|u) (?:need|needed|want|wanted|were after|are after|were looking for|are looking for|were hoping for)\b)`,
    r`\blook like what\b(?<=\b(?:does|do|did) (?!(?:you|u|your|they|he|she|we)\b)(?:[a-z0-9.-]+ ){1,3}look like what)(?= (?:you|u) (?:need|needed|want|wanted|were after|were looking for|are looking for|had in mind)\b(?! to\b))`,
  ),
  // "give the regional labor market analyst at DEED a call": a party of seven to nine words between "give" and "a call"
  // (v9 took one to six); not "give the report a look"
  referralVerb: v16.plus('referralVerb', r`\bgive\b(?= (?:[a-z&,]+ ){7,9}a (?:call|ring|buzz|shout|bell|holler)\b)`),
  // "I'll also put the two side by side in a one-page chart and send it to you tomorrow": up to sixteen words (hyphens
  // kept) between "I'll" and "send" (v1 had eight), none of them handing the sending to someone else or to the patron
  // ("I'll show you where the form is so the clerk can send it to you" stays none)
  followupSend: v16.plus(
    'followupSend',
    r`\bsend\b(?<=\b(?:ill|i will|we will|well) (?:(?!(?:so|that|who|which|can|could|would|should|will|they|he|she|you|u|if|when|once|after|then|or)\b)[a-z-]+ ){9,16}send)(?= (?:it |them |this |that |these |those |the [a-z]+ |a copy )?(?:over )?(?:to )?(?:you|u|your (?:email|inbox))\b)`,
  ),
  // data tools and series named without a URL: "the FBI's Crime Data Explorer", "Social Explorer", "PolicyMap",
  // "QuickFacts", "IBISWorld", "SimplyAnalytics", "ASTM Compass", "GovInfo", "the Statistical Abstract", "County
  // Business Patterns", "Patent Public Search", "PatentsView" (names, not agencies: "the FBI collects those numbers"
  // stays no source; not the data archives IPUMS and ICPSR, named where the need is restated: "To sum up, you need …
  // the Add Health data from ICPSR. Is that right?" gives no source, the eleventh round's K4 case)
  knownResource: v16.plus(
    'knownResource',
    r`\b(?:crime data explorer|social explorer|policymap|policy map|quickfacts|census business builder|onthemap|american factfinder|cdc wonder|kids count data center|ibisworld|ibis world|simplyanalytics|simply analytics|astm compass|govinfo|statistical abstract|county business patterns|patent public search|patentsview)\b`,
  ),
  // a citation given to use: "Cite it as: U.S. Census Bureau, 2020 Census …" names the publication (the colon: not "How
  // does your teacher want you to cite it as a source?")
  namedResource: v16.plus('namedResource', r`\bcite (?:it|this|that|them|these|the [a-z]+) as\b(?= ?:)`),
  // dismissals: "I've spent enough time on this one", "you'll have to work out the rest of the tables yourself" (not
  // "you've spent enough time on this", the patron's; not "you can work out the rest yourself with the tool", advice)
  dismissalConvenience: v16.plus(
    'dismissalConvenience',
    r`\b(?:ive|i have|weve|we have) (?:already )?spent (?:enough|too much|way too much|more than enough) time on (?:this|that|your|you)\b`,
    r`\b(?:youll|you will|youre going to|you are going to) (?:have|need) to (?:work out|figure out|find|do|finish|sort out|look up|dig up|pull together) the rest(?: of [a-z ]{1,30}?)? (?:yourself|on your own|by yourself)\b`,
  ),
}));

const phrasesV16: RubricPhrases = phrasesV16P8;

/** Rubric v16: v15 with the phrase families and settings of a fifteenth round of sessions (blocks P1-P4, then P5-P8). */
export const rubricV16: Rubric = {
  ...rubricV15,
  version: '16',
  phrases: phrasesV16,
  contactAfterPartyP4: true,
  purposeLeadInP4: true,
  laterContactOwnerV16: true,
  tagQuestionP5: true,
  bookTimeP6: true,
  testNoticeP7: true,
  newChatPartyP7: true,
};

// ---- Rubric v17: a sixteenth round of sessions (blocks Q1-Q4, each deriving from the one before) --------------------
// Q1: (test/sixteenth-round-access.test.ts)
const phrasesV17Q1 = block(phrasesV16, (v17) => ({
  // a domain spelled out for a screen reader: "the site is n l s bard dot l o c dot gov" (a word, then "dot" and a
  // top-level domain; not "the dot com boom", nor an e-mail spelled out: "jane at example dot com")
  namedResource: v17.plus(
    'namedResource',
    r`\bdot (?:com|org|gov|edu|net)\b(?<=\b(?!(?:the|a|an)\b)[a-z0-9]+ dot (?:com|org|gov|edu|net))(?<!\bat [a-z0-9-]+ dot (?:com|org|gov|edu|net))`,
  ),
  // completeness after steps: "Did the captions come on for you?", "Did the page come up?", "Does the button show up
  // now?" (the thing given as the subject, the verb ending the question; not "Did the light on the player come on when
  // you plugged it in?", a diagnosis, nor "Did your hold come up?")
  completeness: v17.plus(
    'completeness',
    r`\b(?:come|came|show|showed|pop|popped|turn|turned) (?:on|up)\b(?<=\b(?:did|do|does|has|have)(?:nt)? (?:it|they|this|that|these|those|the [a-z-]+(?: [a-z-]+)?) (?:come on|came on|come up|came up|show up|showed up|pop up|popped up|turn on|turned on))(?=(?: (?:for (?:you|u)|ok|okay|all right|alright|now|yet|on your (?:end|screen|side)))?[ !.]*\?)`,
  ),
  // "txt anytime!", "msg again whenever" (v1 had "text us anytime"; not "read the text again")
  inviteBack: v17.plus('inviteBack', r`\b(?:txt|msg|text)\b(?<!\b(?:the|this|that|a|your|my|his|her) (?:txt|msg|text))(?= (?:again|anytime|any time)\b)`),
  // dismissals of a slow patron: "You're taking too long to type and … I'm going to end this one" (not "No worries if
  // you're taking too long, I'll wait", nor "this search is taking too long"); "We can't keep the chat open for people
  // who type this slowly" (not "Type as slowly as you like, I can wait")
  dismissalConvenience: v17.plus(
    'dismissalConvenience',
    r`\btaking (?:too long|forever|way too long)\b(?<=\b(?<!\bif )(?:youre|you are|ur|u r|youve been|you have been) taking (?:too long|forever|way too long))`,
    r`\bslow(?:ly)?\b(?<=\b(?:types?|typing) (?:this|so|that|too) slow(?:ly)?)(?<=\b(?:cant|cannot|can not|wont|will not|unable to|not able to) (?:keep|wait|stay|hold)\b[^.!?]{1,60}?slow(?:ly)?)`,
  ),
  // a third party's sending after the patron contacts them is no promise of the provider's: "Please call them at
  // 410-… and they will mail you the form" (not "Call them, and I'll also email you the list tomorrow"); an offer on a
  // failure still to come: "If it still says 'no book', we can mail you a new cartridge" (not "If it still isn't
  // there, I'll email you a copy tomorrow")
  notPromise: v17.plus(
    'notPromise',
    r`\b(?:theyll|they will|they can|theyd|they would)\b(?<=\b(?:call|phone|contact|email|write to|visit|text|ask) [^.!?]{1,80}?\band (?:theyll|they will|they can|theyd|they would))`,
    r`\bif (?:it|that|this|the [a-z]+) still\b(?= [a-z]+[^.!?]{0,40}?[,;] (?:we|i) (?:can|could)\b)`,
  ),
}));
// Q2: (test/sixteenth-round-workforce.test.ts)
const phrasesV17Q2 = block(phrasesV17Q1, (v17) => ({
  // a sign-off for later the same day: "Talk to you this afternoon!", "talk with you tonight" (v8 took tomorrow and
  // then); "to you" required ("our coach can talk this afternoon if you call", "talk to the board this afternoon" are no
  // parting formula)
  farewell: v17.plus('farewell', r`\btalk (?:to|with) (?:you|u|ya) (?:this (?:afternoon|evening|morning)|tonight)\b`),
  // a referral reported from an agency: "the Department of Labor & Industry says to call the UC Service Center…", "the
  // notice says to contact…" ("says" right before "to" and the referring verb; not "says that", "said you could")
  referralActor: v17.plus('referralActor', r`\b(?:says|said|recommends|advises)\b(?= to\s*$)`),
}));
// Q3: (test/sixteenth-round-benefits.test.ts)
const phrasesV17Q3 = block(phrasesV17Q2, (v17) => ({
  // the line printed on another issuer's card, called for that issuer: "Call the number on the back of your EBT card",
  // "call the member services number on the back of ur Medicaid card" (the party the patron is sent to, here given no
  // number). The card must be named ("EBT", "Medicaid", "insurance"), not the library's: v13 N7's "To renew by phone, call
  // the number on the back of your card, …, and follow the prompts" stays no party, and so does "your library card"; not
  // "the call number on the back of the book", nor "your PIN is on the back of your EBT card" (no "number")
  referralParty: v17.plus('referralParty', r`\bback\b(?<=\b(?:number|line|#) on the back)(?= of (?:your|ur|the) (?!library\b)(?:[a-z-]+ ){1,3}?card\b)`),
  // the agency's own next step, no promise of the provider's: "your DSHS caseworker will call you within 10 business days
  // for the interview" (the patron's own caseworker, the verb straight after; not "I'll pass this to your caseworker, who
  // will call you tomorrow", nor "your caseworker will call you, and I'll email you the checklist tonight")
  notPromise: v17.plus(
    'notPromise',
    r`\b(?:caseworker|case worker|case manager|eligibility worker|eligibility specialist|claims representative)s?\b(?<=\byour (?:[a-z]+ ){0,2}(?:caseworker|case worker|case manager|eligibility worker|eligibility specialist|claims representative)s?)(?= will (?:call|contact|phone|text|email|e mail|reach out to|write to|mail) (?:you|u)\b(?![^.!?]*\b(?:ill|i will|we will|well|i can|we can)\b))(?<!\b(?:ill|i will|we will|well|i can|we can|i have|ive|lets|let me)\b[^.!?]{0,80}?)`,
  ),
}));
// Q4: (test/sixteenth-round-handoffs.test.ts)
const phrasesV17Q4 = block(phrasesV17Q3, (v17) => ({
  // transfer notices with a named colleague as the subject: "Bo from our tech desk will take your chat from here", "so
  // Bo will take over your chat" (v11 had "she / who will take your chat from here"; not the provider's own "I'll take
  // over your chat", "you can take this chat from here" or "nobody else will take over your chat"); "I'm putting you
  // back in the queue" (not "put you back in line for the book")
  transferNotice: v17.plus(
    'transferNotice',
    r`\btake (?:over (?:your|this) (?:chat|session|conversation)|(?:your|this) (?:chat|session|conversation) from here)\b(?<=\b(?!(?:i|we|ill|well|you|u|youll|id|wed|lets|nobody|noone|one|else)\b)[a-z]+ (?:will|can|is going to|gonna|should|shall) take [a-z ]{14,32})`,
    r`\b(?:put|putting|place|placing|send|sending) (?:you|u|your chat|this chat) back (?:in|into) (?:the )?(?:queue|line)\b(?! for\b)`,
  ),
  // completeness about a record found: "Found him: Walter Pruitt, 34, … Is this the right Walter?" (a word of the thing
  // given right before the "?"; v3 listed nouns only: "the right one / record / book"); not the patron's situation
  // ("Is this the right branch?", "… the right email?")
  completeness: v17.plus(
    'completeness',
    r`\bright\b(?<=\b(?:is|was) (?:this|that|it) the right)(?= (?!(?:email|address|number|phone|time|day|date|branch|library|spelling|name|account|card|way|place|county|state|city|country|school|course|class|campus|department|password|pin|login|username)\b)[a-z]+ ?\?)`,
  ),
  // dismissal: the service shutting now ("We're shutting the chat queue down now, so this is where I leave you"); a way
  // back still passes (checks/closing.ts); not "the chat service closes at 9" (no "we're … now")
  dismissalConvenience: v17.plus(
    'dismissalConvenience',
    r`\b(?:shutting|closing) (?:down )?(?:the|our) chat (?:queue|service|line)(?: down)? (?:now|for the (?:night|day|evening))\b(?<=\b(?:were|we are|im|i am) (?:shutting|closing) [a-z ]{14,40})`,
  ),
}));

// second wave: Q5: (test/sixteenth-round-citations.test.ts)
const phrasesV17Q5 = block(phrasesV17Q4, (v17) => ({
  // completeness after an explanation: "Does that make it clearer?", "Did the example make things a bit clearer?" (the
  // thing given as the subject; not "Would a worked example make it clearer?", an offer of what is not yet given);
  // "Did that find it?", "Does this find the one you need?" after a search tip (not "Did your professor find it?")
  completeness: v17.plus(
    'completeness',
    r`\bclearer\b(?<=\b(?:does|did|has) (?:that|this|it|the [a-z]+) (?:make|made) (?:it|things|that|this) (?:any |a bit |a little )?clearer)(?= ?\?)`,
    r`\bfind\b(?<=\b(?:did|does) (?:that|this) find)(?= (?:it|them|the (?:article|articles|doi|book|source|one|ones|record)|the one you (?:need|needed|wanted)) ?\?)`,
  ),
  // a question limit told to the patron: "Sorry, you've used up your citation questions for today" (not "once you've
  // used up your free questions with Brainfuse, ask us", nor the provider's "I've used up my time on this search")
  dismissalConvenience: v17.plus(
    'dismissalConvenience',
    r`\bused up\b(?<=\b(?<!\b(?:once|when|if|after|until|before) )(?:youve|you have|u have|uve) used up)(?= (?:all )?(?:of )?(?:your|ur) (?:[a-z]+ )?(?:questions|question limit|chats|chat time|chat minutes|chat sessions)\b)`,
  ),
  // another party's automatic message is no promise of the provider's: "the Writing Center will e-mail you a
  // confirmation once you book", "the system will send you a reminder" (not "I will email you a reminder tomorrow", nor
  // "someone will email you a receipt", nor "the center will email you a confirmation, and I'll email you the list")
  notPromise: v17.plus(
    'notPromise',
    r`\b(?:confirmation|receipt|reminder)\b(?<=\b(?!(?:i|we|someone|somebody)\b)[a-z]+ will (?:email|text|send) (?:you|u) (?:a|an) (?:[a-z]+ )?(?:confirmation|receipt|reminder))(?![^.!?]*\b(?:ill|i will|we will|well)\b)(?<!\b(?:ill|i will|we will|well)\b[^.!?]{0,80}?)`,
  ),
}));
// Q6: (test/sixteenth-round-falsepass.test.ts): narrowings only, of alternatives the recent rounds widened
// a time offered earlier in the sentence: "Tuesday at 2 or Thursday at 10, do either of those work for you?" asks about
// an appointment still to be made, not about what was given (RUBRIC: "a question about something not yet given")
const TIMES_OFFERED_Q6 = r`(?<!\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}(?::\d\d)? ?(?:am|pm)|at \d{1,2}(?::\d\d)?)\b[^.!?;]{0,80}?(?:(?:any|either|one|all|both) of )?(?:these|those|them|the [a-z]+))`;
const phrasesV17Q6 = block(phrasesV17Q5, (v17) => ({
  // "those dot com places", "some random dot com pretending to be us": a determiner before "dot com" names no domain (Q1
  // kept out "the / a / an" only; "bard dot loc dot gov" still is one)
  namedResource: v17.widen('namedResource', [[15, r`(?!(?:the|a|an`, r`|those|these|some|any|random|that|this|other|every|one|sketchy|fake|shady`]]),
  farewell: v17.widen('farewell', [
    // N1's "Happy …ing" before a program's word: "The Happy Knitting group meets Thursdays" names a group, says no goodbye
    // ("Happy knitting!" still closes)
    [6, r`|corner|room`, r`|group|groups|circle|circles|meetup|meetups|society|class|classes|workshop|workshops|session|sessions|party|parties|night|nights`],
    // "Club Feliz Lectura", "el programa de Feliz Lectura": a program's name ("¡Feliz lectura!" still closes)
    [11, r`feliz (?:dia|tarde|lectura)`, r`(?<!\b(?:club|clubes|programa|taller|talleres|hora|grupo|concurso|campamento|reto|circulo) (?:de |del )?feliz (?:dia|tarde|lectura))`],
    // Q2's "talk to you this afternoon" with someone else as the one who will talk: "The career coach will talk to you
    // this afternoon at 2" is an appointment, no parting formula ("Talk to you tonight!", "I'll talk to you tonight" still are)
    [40, r`\btalk`, r`(?<!\b(?!(?:i|we)\b)[a-z]+ (?:will|can|could|would|should|may|might) talk)(?<!\bto talk)`],
  ]),
  // Q1's "text anytime" as the means of a self-service action: "You can also renew by text anytime: reply RENEW" invites
  // no one back ("txt us again whenever", "text anytime!" still do)
  inviteBack: v17.widen('inviteBack', [[30, r`(?<!\b(?:the|`, r`by|via|through|per|`]]),
  dismissalConvenience: v17.widen('dismissalConvenience', [
    // P8's "I've spent enough time on this" as experience: "I've spent enough time on this site to know it's fussy" (not
    // "I've spent enough time on this one, so …")
    [42, r`time on (?:this|that|your|you)\b`, r`(?![^.!?;,]{0,30}?\bto (?:know|learn|tell|say|see|realize|realise)\b)`],
    // Q1's "you're taking too long" said to reassure: "Don't feel like you're taking too long", "I know it can feel like
    // you're taking forever" (as "if" was; "You're taking too long to type, so I'm going to end this one" still is one)
    [44, r`(?<!\bif )`, r`(?<!\b(?:like|think|worry|worried|afraid|feel|feeling|mean|say) )`],
    // Q4's "we're closing the chat service for the night" with a time still to come: "… for the night at 9, but there's
    // plenty of time", "… in 10 minutes, so let's get you the form first" (an hour announced, the help not ended; "We're
    // shutting the chat queue down now, so this is where I leave you" still is one)
    [46, r`(?:now|for the (?:night|day|evening))\b`, r`(?! (?:at|in|around|after|by|soon|until)\b)`],
  ]),
  // N7's terse "ref desk" as the subject of a sentence about the place: "The ref desk is on the 2nd floor if you want to
  // come by" says where to go, not who answers ("hey - ref desk, UW Libraries." still identifies)
  selfRole: v17.widen('selfRole', [[1, r`librarians)\b`, r`(?! (?:is|are|was|were|opens|closes|can|will|has|hours|on|in)\b)`]]),
  completeness: v17.widen('completeness', [
    // v1's "do either / any / one of those work?" after times offered in the same sentence (TIMES_OFFERED_Q6)
    [0, r`|either of (?:these|those|them|the [a-z]+)`, TIMES_OFFERED_Q6],
    // and v9's "would either of those work?"
    [34, r`\b(?:these|those)`, TIMES_OFFERED_Q6],
    [0, r`|any of (?:these|those|them|that|this|it|the [a-z]+)`, TIMES_OFFERED_Q6],
    // v5's "did the … show up?" and Q1's "did the … come up?" about a notice the patron was (or was not) sent before:
    // "Hmm, did the courtesy notice show up?" asks about the library's mail, not about what was given ("Did the page
    // come up?" still asks)
    [102, r`(?:the|your|those|these|both) `, r`(?!(?:[a-z-]+ )?(?:notice|notices|reminder|reminders|letter|letters|bill|bills|alert|alerts|notification|notifications)\b)`],
    // N1's "do any of these … work?" with times or days as the noun: "Do any of those days work for the orientation?", and
    // after times offered in the sentence
    [134, r`the (?:titles|books|suggestions|picks|ones))`, r`${TIMES_OFFERED_Q6}(?! (?:[a-z-]+ )?(?:days?|times?|dates?|slots?|hours?|sessions?|appointments?|nights?|mornings?|afternoons?|evenings?|weekends?|weekdays?|openings?)\b)`],
    [163, r`|those|the `, r`(?!(?:[a-z-]+ )?(?:notice|notices|reminder|reminders|letter|letters|bill|bills|alert|alerts|notification|notifications)\b)`],
    // Q4's "is that the right …?" about the patron's own data: "You typed 97220, is that the right zip?" ("Is this the right
    // Walter?" still asks about the record given)
    [164, r`(?!(?:email|`, r`zip|zipcode|postcode|postal|grade|age|semester|term|birthday|birthdate|dob|`],
  ]),
  // v1's "still there" with a thing as the subject: "Is the book still there on the hold shelf for you?" asks about a
  // book, not whether the patron is there ("Are you still there?", "still there?" still ask)
  stillThere: v17.widen('stillThere', [[1, r`\bstill?`, r`(?<!\b(?:is|are|was|were) (?:the|this|that|it|my|your|his|her|their|our)(?: [a-z-]+){0,2} still?)`]]),
}));

// the merge's (M): a demonstrative with its noun as the subject of Q6's left "Did that page come up ok for you?"
const phrasesV17M = block(phrasesV17Q6, (v17) => ({
  // "Did that page come up ok for you?", "Did this link load for you?", "Did that link open?": "that / this" with a noun,
  // as "the / your …" already were (v10's [102] read "did that come up", v9's [37] "did the link load"); Q6's notices
  // stay out ("Did that notice show up?")
  completeness: v17.widen('completeness', [
    [37, r`|the [a-z]+(?: [a-z-]+){0,2}`, r`|(?:that|this) [a-z]+`],
    [102, r`(?:the|your|those|these|both`, r`|that|this`],
  ]),
}));

const phrasesV17: RubricPhrases = phrasesV17M;

/** Rubric v17: v16 with the phrase families and settings of a sixteenth round of sessions (blocks Q1-Q4, then Q5-Q6, and the merge's M). */
export const rubricV17: Rubric = {
  ...rubricV16,
  version: '17',
  phrases: phrasesV17,
  referralPhoneSourceQ2: true,
  sendToAddressQ2: true,
  theySubjectQ2: true,
  contactsPatronQ4: true,
  byMeansQ3: true,
  subjectTheyQ3: true,
  bookedBeforeQ3: true,
  phoneLabelQ3: true,
};

// ---- Rubric v18: a seventeenth round of sessions (blocks R1-R4, each deriving from the one before) ------------------
// R1: (test/seventeenth-round-programs.test.ts)
const phrasesV18R1 = block(phrasesV17, (v18) => ({
  // a question about what goes on the item being made, not about other needs: "Anything else you want printed on the
  // banner besides the logo?", "anything else you'd like engraved on it?" (a made thing's participle, then on/in/to and
  // the item; not "Anything else you want to know about the Media Lab?", "Anything else you need printed today?")
  anythingElse: v18.widen('anythingElse', [
    [0, r`\b(?! (?:`, r`(?:(?:you|u|youd|ud) (?:want|wanted|would like|like|need|needed|wanna) )?(?:printed|engraved|etched|embroidered|stitched|sewn|cut|burned|lasered|added|included|written|put) (?:on|in|onto|into|to) (?:the|your|that|this|it|them)\b|`],
  ]),
  // the library's booking or holds system sending its own notice is no promise of the provider's: "place a hold and the
  // catalog will text you when it's ready", "the booking system will email you" (the system as the subject; not "I'll
  // check the catalog and email you", nor "the catalog will text you when it's ready, and I'll email you the guide")
  notPromise: v18.plus(
    'notPromise',
    r`\b(?:catalog|catalogue|system|app|website|kiosk|portal)\b(?<=\b(?:the|our|your|librarys|booking|reservation|holds?|notification|reservations) (?:catalog|catalogue|system|app|website|kiosk|portal))(?= (?:will|should|is going to|can) (?:automatically |also )?(?:text|email|e mail|call|message|ping|alert|notify|send) (?:you|u)\b(?![^.!?]*\b(?:ill|i will|we will|well)\b))(?<!\b(?:ill|i will|we will|well)\b[^.!?]{0,80}?)`,
  ),
  // a venue's visitor desk is a party to call or visit: "For parking discounts, call the zoo's guest services", "ask at
  // the park's visitor center" (not "the Guest Services page at cincinnatizoo.org", "the visitor center website")
  referralParty: v18.plus(
    'referralParty',
    r`\b(?:guest|visitor|visitors) (?:services|relations)\b(?! (?:page|pages|website|web site|site|faq|faqs|portal|app|number on)\b)`,
    r`\b(?:visitor|visitors|welcome) (?:center|centre)s?\b(?! (?:page|pages|website|web site|site|faq|faqs|app|hours)\b)`,
    r`\branger stations?\b`,
  ),
}));
// R2: (test/seventeenth-round-genealogy.test.ts)
const phrasesV18R2 = block(phrasesV18R1, (v18) => ({
  // a negation in a clause of its own before the provider's own sending, after ";" or ",": "It won't let me send the
  // page from here; I'll email you the scan tonight", "I can't attach files in chat, I'll send them to you tomorrow"
  // promise (as v6's "…, so I'll email you" and "…, but I…"). Still no promise: "I can't email you the scan; the file
  // is too big", "I can't attach files here; you'll need to email the county clerk at …" (no "I'll" sending after)
  notPromise: v18.widen('notPromise', [
    [
      0,
      r`did not)\b`,
      r`(?![^.!?;,]*[;,] (?:(?:so|and|then|instead|but) )?(?:ill|i will|well|we will)(?: (?:just|also|instead|gladly|happily))? (?:email|e mail|send|mail|text|forward)(?: [a-z0-9@._-]+){0,4}? (?:to )?(?:you|u)\b)`,
    ],
  ]),
  // an archdiocese's, a church's or a parish's archives are an organisation, as a state's or a diocese's ("The
  // Archdiocese of Baltimore archives hold St. Patrick's registers"): named without a way to reach them, no source.
  // Still a source: "the Sun's archives", "the digital archives at mnhs.org"
  namedResource: v18.widen('namedResource', [[0, r`archives(?<!\b(?:state|`, r`(?:arch)?diocese of(?: [a-z]+){1,2}|church|parish|`]]),
  // a lookup limit for the chat: "That's too many names for chat, so I won't be doing the rest" tells the patron they
  // asked too many, which RUBRIC.md fails whatever follows (the merge moved it here from dismissalConvenience, where R2
  // had a way back rescue it: "…for one chat, but you're welcome to come back anytime with the next few" fails too).
  // Keyed on "many"; not "how many names are on the list?", "too many names to remember", "No such thing as too many
  // names for a chat!"
  dismissalHard: v18.plus(
    'dismissalHard',
    r`\bmany (?:names|records|lookups|obituaries|obits|people|relatives|ancestors|requests|searches|certificates)\b(?<=\btoo many [a-z]+)(?<!\b(?:such thing as|never|not|isnt|arent|no) too many [a-z]+)(?= (?:for (?:(?:a|one|this|the|our|a single) )?(?:chat|session)|to (?:do|look up|search|handle|cover) (?:in|over|on|by) (?:(?:a|one|this|the|our) )?(?:chat|session))\b)`,
  ),
}));
// R3: (test/seventeenth-round-consumer.test.ts)
const phrasesV18R3 = block(phrasesV18R2, (v18) => ({
  // referring verbs of consumer complaints, each with its object before "to / with" so the party is what follows:
  // "Report it to the Canadian Anti-Fraud Centre at 1-888-…", "report the scam to the FTC at reportfraud.ftc.gov"
  // (reporting TO a party is writing to it; not "you can report it at reportfraud.ftc.gov", a website, nor the
  // provider's own "I'll report it to the webmaster"); "take it to any Honda dealer (find one at …)", "Take the lease
  // PDF to the Tenant Union, …" (visiting; not "take it to the next level", no party; not "I'll take it to our
  // supervisor"); "File with the Clerk of the Circuit Court (…, 312-…)" (not "Open the PDF file with the Adobe app")
  referralVerb: v18.plus(
    'referralVerb',
    r`\breport(?:ing)? (?:it|this|that|them|the (?:scam|call|calls|text|texts|fraud|theft|charges?|incident|caller|number|seller|listing|site|email|emails))(?: right away| too| also| as well| first)? to\b(?= (?:the|your|a|an|any) )(?<!\b(?:i|we|ill|well|i will|we will|i can|we can|i ll|we ll) report[a-z ]{3,40})`,
    r`\btake (?:it|them|(?:your|the) (?:car|vehicle|truck|van|lease|paperwork|documents?|papers|forms?|receipts?|contract|notice|bill|letter|copy|copies)(?: pdf)?) (?:in )?to\b(?= (?:the|a|an|any|your) )(?<!\b(?:i|we|ill|well|i will|we will|i can|we can|i ll|we ll) take [a-z ]{2,30})`,
    r`\bfile(?: it| them| (?:your|the) (?:claim|case|forms?|papers|paperwork|appeal|dispute))? with\b(?<!\b(?:the|a|an|this|that|your|my|pdf|word|text|zip|same|one|each|new|image|audio|video|excel|csv) file with)(?= (?:the|your|a|an|any) )`,
  ),
  // parties of car and consumer referrals: "take it to any Honda dealer", "call the dealership", "report the charges to
  // your card issuer", "the Tenant Union", "file
  // a complaint with the CFPB" (the acronyms only after "the": never the "ftc" of consumer.ftc.gov); not "the dealer
  // locator page" as a source (no referring verb), nor "union" alone ("the Illini Union bookstore")
  referralParty: v18.plus(
    'referralParty',
    r`\b(?:dealers?|dealerships?|issuers?)\b(?! (?:locator|finder|search|page|site|website|portal|link|app)\b)`,
    r`\btenants? (?:rights )?(?:unions?|associations?|councils?)\b`,
    r`\b(?:cfpb|ftc|fcc|cpsc|nhtsa|bbb)\b(?<=\bthe (?:cfpb|ftc|fcc|cpsc|nhtsa|bbb))`,
  ),
  // completeness after a lookup of a person: "Enter the number at cslb.ca.gov …: Did that find him?" (Q5's "Did that find
  // it?" with a person; not "Did your inspector find him?", another's search)
  completeness: v18.widen('completeness', [[166, r`(?= (?:it|them|`, r`him|her|`]]),
  // the patron done in chat-speak: "yes thanks, no more q" (normalised "no more que": text.ts reads a lone "q" as Spanish
  // "que"), "no other qs" (not "no more qs on the worksheet": v7's lookahead still follows)
  patronDone: v18.widen('patronDone', [[4, r`(?:questions?|`, r`qs|que|`]]),
  // dismissals: "you'll have to figure out the rest with your landlord yourself" (v16's "the rest of … yourself" with
  // "with"; not "you can work out the rest with your landlord", advice, nor "…the rest with the help of the clerk")
  dismissalConvenience: v18.widen('dismissalConvenience', [[43, r`the rest(?: `, r`(?:with|`], [43, r`(?:with|of`, r`)`]]),
  // an agency's own next step, no promise of the provider's: "the AG's office will mail you a complaint form within a
  // week", "the clerk will call you with a date" (Q3's caseworker with offices and agencies; the patron's or a named
  // one, never "our office"; not "…, and I will email you the list tonight")
  notPromise: v18.plus(
    'notPromise',
    r`\b(?:office|agency|department|bureau|board|commission|clerk|court|company|manufacturer|dealer|dealership|utility|insurer|lender|bank)s?\b(?= (?:will|should|usually|then) (?:(?:then|usually|also) )?(?:call|contact|phone|text|email|e mail|reach out to|write to|mail|send) (?:you|u)\b(?![^.!?]*\b(?:ill|i will|we will|well|i can|we can)\b))(?<=\b(?:the|your|their|that) (?:[a-z]+ ){0,3}(?:office|agency|department|bureau|board|commission|clerk|court|company|manufacturer|dealer|dealership|utility|insurer|lender|bank)s?)(?<!\b(?:ill|i will|we will|well|i can|we can|i have|ive|lets|let me)\b[^.!?]{0,80}?)`,
  ),
}));
// R4: (test/seventeenth-round-spanish.test.ts)
const phrasesV18R4 = block(phrasesV18R3, (v18) => ({
  // the Argentine / Mexican "Buen día" opening a message or after a comma ("Buen día. Le saluda Norma…", "Hola, buen
  // día"): not after a word ("Que tenga buen día", "un muy buen día" stay farewells, not greetings)
  greeting: v18.plus('greeting', r`\bbuen dia\b(?<!\b[a-z]+ buen dia)`),
  // "Bienvenido al servicio de…", "Bienvenido/a al chat de la Biblioteca…": the contraction "al" and the macro's "/a"
  // (v8's "bienvenid[oa]s? a" took only "a"); the library or service still has to be named after it
  selfAffiliationLead: v18.widen('selfAffiliationLead', [[0, r`bienvenid[oa]s? a`, r`l?|bienvenid[oa]s?/[oa]s? al?`]]),
  // the diminutive plurals "Deme unos minutitos", "dame unos segunditos", "espere unos momentitos" (the singulars were in)
  hold: v18.widen('hold', [[21, r`|minutos|momentos|segundos`, r`|minutitos|momentitos|segunditos`]]),
  completeness: v18.plus(
    'completeness',
    // "¿Le fue de utilidad?", "¿Le resultó útil la guía?", "¿Te es útil?" (the patron as "le / te"; a question within a few
    // words: not "Le será útil llevar su identificación", nor "les es útil a muchos estudiantes saber…" as a statement)
    r`\b(?:utilidad|util|utiles)\b(?<=\b(?:le|te|les) (?:fue|fueron|es|son|ha sido|han sido|resulto|resultaron|parece|parecio) (?:de )?(?:alguna |mucha |algo de |muy |algo )?(?:utilidad|util|utiles))(?=(?: [a-z]+){0,3} ?\?)`,
    // "¿Resolví su duda?", "¿Aclaré tu pregunta?" (the provider's own answer as the subject, asked; not "Resolví su duda
    // sobre el PIN la semana pasada")
    r`\b(?:resolvi|resolvimos|aclare|aclaramos)\b(?= (?:su|tu|sus|tus) (?:duda|dudas|pregunta|preguntas|consulta|consultas) ?\?)`,
    // SMS "t funciono?", "t sirve?" ("te" as "t"), asked
    r`\bt (?:sirve|sirven|sirvio|funciona|funciono|ayuda|ayudo)\b(?= ?\?)`,
    // "¿Le queda bien?" after what was given (a schedule, a class), asked on its own; not about a time still offered: "¿Le
    // queda bien el jueves a las 10?", "El jueves a las 10, ¿le queda bien?"
    r`\bqueda bien\b(?<=\b(?:le|te|les) queda bien)(?= ?\?)(?<!\b(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|a las \d{1,2}(?::\d\d)?)\b[^.!?;]{0,60}?queda bien)`,
  ),
  // "Avíseme si con esto queda resuelto", "Dígame si le sirvió", "Hágame saber si…": Spanish "si" (v1 took "avisame / digame
  // / dime" before "if / whether / when" only)
  letMeKnow: v18.plus('letMeKnow', r`\b(?:aviseme|avisame|avisenme|digame|dime|diganme|hagame saber|hazme saber|confirmeme|confirmame)\b(?= si\b)`),
  patronDone: v18.plus(
    'patronDone',
    // "ya quedé, es todo", "si perfecto, es todo", "con eso ya la armo, es todo grax": ", es todo" closing the message or
    // before thanks, after any word (v8's [27] listed the words before it; "entonces, es todo?" asks)
    r`\bes todo\b(?<=[a-z!]{2}[,!.]+ es todo)(?=[ ,.!]*(?:$|(?:muchas |mil )?gracias|por (?:ahora|hoy|el momento)))`,
    // Mexican "con eso quedo servida", "ya quedé servido" (closing the message or before thanks; "¿ya quedó servido?" asks)
    r`\bservid[oa]s?\b(?<=\b(?:quedo|quede|quedamos|estoy|estamos|ya) servid[oa]s?)(?=[ ,.!]*(?:$|(?:muchas |mil )?gracias|por (?:ahora|hoy|el momento)))`,
  ),
  // "¿Me sigue leyendo?", "¿me estás leyendo?" (the patron reading the provider; not "¿Sigue leyendo el libro?")
  stillThere: v18.plus('stillThere', r`\bleyendo\b(?<=\b(?:me|nos) (?:sigue|sigues|siguen|esta|estas|estan) leyendo)(?=(?: (?:todavia|aun|usted|tu|ahi))?[ !.]*\?)`),
  // "Ya pasaron los 20 minutos del chat, tengo que desconectarla": the patron's time is up (not "si ya pasaron los 20
  // minutos…", nor minutes of anything but the chat: "ya pasaron los 20 minutos de espera del camión")
  dismissalHard: v18.plus(
    'dismissalHard',
    r`\bpasaron\b(?<=\bya (?:se )?pasaron)(?<!\b(?:si|cuando|que) ya (?:se )?pasaron)(?= (?:los|sus|tus) (?:\d+|cinco|diez|quince|veinte|treinta) minutos (?:del|de su|de tu|de la|de esta) (?:chat|sesion|consulta|conversacion)\b)`,
  ),
  // Mexican "le va a marcar", "le marcan mañana" (to call): a promise that someone will call the patron (not "le marco la
  // página", "la marcan como devuelta", objects after the verb)
  followupPromise: v18.plus(
    'followupPromise',
    r`\b(?:le|la|te|les) (?:marco|marcamos|marcan|marcara|marcaran|marcare|marcaremos|(?:va|van|vamos|voy) a marcar)\b(?! (?:la|el|los|las|lo|como|con|en el)\b)`,
  ),
  // "puede quejarse también con la oficina de…", "presente una queja ante la Procuraduría": complaining to a party is
  // contacting it (not "mucha gente se queja con el casero", a report of what others do)
  referralVerb: v18.plus(
    'referralVerb',
    r`\b(?:quejarse|quejese|quejate|quejarte|reclamar|reclame|denunciar|denuncie)\b(?= (?:[a-z]+ )?(?:con|ante) )`,
    r`\bqueja\b(?<=\b(?:presentar|presente|poner|ponga|levantar|levante|meter|meta) (?:una|la|su) queja)(?= (?:formal )?(?:ante|con) )`,
  ),
}));

// the merge's (RM)
const phrasesV18RM = block(phrasesV18R4, (v18) => ({
  // "report the scam to the FTC at reportfraud.ftc.gov", "report it to your bank": reporting to a party contacts it (not
  // "report it to us / me", and not the provider's own "I'll report the broken link to our web team")
  // and (`visitBackRM`) a visit with no object, the party named before it in the sentence: "Our volunteers at the Job Help
  // Desk … can sit with you, Tuesdays 1-4 pm, drop in."; "The Medicaid office is open 8-5; go in person with your pay stubs"
  // (only at a clause's start or after "just", "please", "can"…, and only at a clause's end or before a time: not "prices
  // drop in spring", not "go in person to the office", which v14 reads)
  referralVerb: v18.plus(
    'referralVerb',
    r`\breport(?:ing)?\b(?= (?:it|this|that|them|the (?:[a-z-]+ ){0,2}?[a-z-]+|(?:a|an|any|your|all) (?:[a-z-]+ ){0,2}?[a-z-]+) to (?!(?:us|me|our|this|you|u|him|her|them|it)\b)(?:the|your|a|an|[a-z]{2,}) )`,
    r`\b(?:drop|pop|stop|walk|come) in\b(?<=(?:^|[,;:] |\b(?:just|please|then|and|or|so|simply|can|could|may|should|free to|welcome to) )[a-z]+ in)(?= *(?:[.!;]|$|(?:anytime|any time|during|between|weekdays)\b|on (?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)\b))`,
    r`\bgo in person\b(?<=(?:^|[,;:] |\b(?:just|please|then|and|or|so|can|could|should|need to|have to|must|better to|best to|will need to|youll need to|youll have to) )go in person)(?! (?:to|at)\b)`,
  ),
  // v17's left "Does that square with what your professor asked for?": whether the answer fits the need (not "Does that
  // square with the hours?" about anything else than the patron's need: only "what", "your", "how")
  completeness: v18.plus('completeness', r`\bsquares? with\b(?<=\b(?:does|do|did|will|would) (?:that|this|it|these|those|everything|all (?:that|this)) squares? with)(?= (?:what (?:you|u|your)|your|how (?:you|u|your))\b)`),
  // v17's left dismissals: "you'll have to sort it out with your landlord yourself" (one more word between "out" and
  // "yourself"); "I can't keep going back and forth on this"; "Ok I've given you the link, the rest is on you." (not "the
  // rest is up to you", ordinary advice; not "the rest is on your card / on you to decide")
  dismissalConvenience: v18.widen(
    'dismissalConvenience',
    [
      [10, r`out (?:[a-z]+ ){0,2}?`, r`(?:[a-z]+ )?`],
      [31, r`|working on|doing this`, r`|going back and forth`],
      [31, r`keep [a-z]+(?: [a-z]+)?`, r`(?: [a-z]+)?(?: [a-z]+)?`],
    ],
    r`\brest is on (?:you|u)\b(?<=\bthe rest is on (?:you|u))(?= *(?:[.!;,]|$|now\b|from here\b))`,
  ),
  // v17's left "Leave it with me, you'll have the scans in your inbox by Friday": "leave it with me" and a future step
  // promises the provider's own work later (not "leave it with the front desk", "leave it with me for a sec" without one)
  // "I'll report that to the catalog team", "our catalog staff": people, not the catalogue (noticed at the merge)
  namedResource: v18.widen('namedResource', [[0, r`|catalog(?!`, r`(?: (?:team|teams|staff|department|dept|librarian|librarians|folks|people|crew|unit|manager|committee)\b)|`]]),
  // v17's left "I'll take over your chat from here." said by the provider before the transfer: the speaker keeps the chat,
  // no notice of a transfer ("she'll take over", "Bo will take over from here", "I'll have Bo take over" still tell it)
  transferNotice: v18.widen('transferNotice', [[1, r`|get you|have you) `, r`(?!(?<=\b(?:ill|i will|im going to|i am going to|i can) )take (?:it |this |you )?over\b)`]]),
  followupPromise: v18.plus('followupPromise', r`\bleave (?:it|this|that|them) with (?:me|us)\b(?= *[,;:.!-]* *(?:and )?(?:youll|you will|ill|i will|well|we will|expect|you should)\b)`),
}));

// ---- v18's second wave (block R5, deriving from the merge's RM) -----------------------------------------------------
// R5: (test/seventeenth-round-falsepass.test.ts)
// narrowings only, of alternatives the recent rounds (v16-v18) widened; each names the near miss it keeps out and the
// case that still matches
const phrasesV18R5 = block(phrasesV18RM, (v18) => ({
  referralVerb: v18.widen('referralVerb', [
    // RM's "report … to <party>" with a rounding: "report the interest to the nearest dollar", "round and report the amount
    // to two decimal places" contact no one ("report the listing to the Better Business Bureau at …" still refers)
    [57, r`to (?!(?:us|me|our|this|you|u|him|her|them|it)\b)`, r`(?!(?:the )?nearest (?:dollar|dollars|cent|cents|penny|pennies|whole|tenth|tenths|hundredth|hundredths|thousandth|thousandths|hundred|thousand|million|percent|minute|minutes|hour|hours|decimal|integer|number)\b|(?:one|two|three|four|five|\d+) (?:decimal|decimals|places|digits|significant)\b)`],
    // RM's "go in person" negated: "the DMV lets you renew online, so you don't have to go in person" tells the patron NOT to
    // go ("The Medicaid office is open 8-5; go in person with your pay stubs" still refers)
    // R3's "report … to the …" with a rounding too: "report them to the nearest hundredth" ("report the theft to the
    // nearest police station" still refers)
    [52, r`to\b`, r`(?! (?:the )?nearest (?:dollar|dollars|cent|cents|penny|pennies|whole|tenth|tenths|hundredth|hundredths|thousandth|thousandths|hundred|thousand|million|percent|minute|minutes|hour|hours|decimal|integer|number)\b)`],
    [59, r`\bgo in person\b`, r`(?<!\b(?:dont|do not|doesnt|does not|wont|will not|never|not|no need to) (?:(?:have|need|got) to )?go in person)`],
  ]),
  // Q3's "the number on the back of your EBT card" told NOT to be called: "don't call the number on the back of your EBT card
  // for this, it's a library fine" refers no one ("Call the number on the back of your EBT card" still does)
  referralParty: v18.widen('referralParty', [
    [31, r`\bback\b`, r`(?<!\b(?:dont|do not|never|not|no need to) (?:call|dial|phone|ring|text) the (?:[a-z-]+ ){0,2}?(?:number|line|#) on the back)`],
  ]),
  dismissalConvenience: v18.widen('dismissalConvenience', [
    // P1's "we have to shut the computers down" at a time still to come or for an event: "…down at 8:45 for the nightly
    // update; chat stays open", "shut everything down during the fire drill at 2" ("it's 4:58, so I have to shut
    // everything down now" still is one)
    [34, r`|desk|chat)) down\b`, r`(?! (?:at|during|around|between|when|while|after|before|until|till|on|in (?:a|an|\d+|a few|five|ten|fifteen|twenty|thirty))\b)`],
    // RM's "the rest is on you" as money left to pay: "the first 10 pages are free, the rest is on you: $2.25", "The
    // amnesty waived up to $5; the rest is on you now." ("Ok I've sent the link, the rest is on you." still is one)
    // (the merge: [48] here since R2's alternative moved to dismissalHard)
    [48, r`\brest is on (?:you|u)\b`, r`(?<!\b(?:free|cents?|dollars?|waived|waives|covered|covers|pays?|paid|fees?|charges?|costs?|price|bill|tab)\b[^.!?]{0,60}?rest is on (?:you|u))`],
    // Q5's "you've used up your chat minutes" with another service: "…with Brainfuse for the week, but we're a separate
    // service" ("Sorry, you've used up your citation questions for today" still is one)
    [47, r`chat minutes|chat sessions)\b`, r`(?! (?:with|on|at|through|from|in) (?!(?:us|me|this|our|the library)\b)[a-z])`],
  ]),
  // R4's "ya pasaron los 20 minutos de la consulta" in a condition or about another's consultation: "si la llamada siguió,
  // ya pasaron los 15 minutos de la consulta gratuita", "Si la cita incluía 20 minutos y ya pasaron los 20 minutos de la
  // consulta, el notario…" ("Ya pasaron los 20 minutos del chat, tengo que desconectarla" still is one)
  // (the merge: R4's alternative is [48] and R2's [47], since R2's moved here from dismissalConvenience)
  dismissalHard: v18.widen('dismissalHard', [
    [48, r`(?<!\b(?:si|cuando|que) ya (?:se )?pasaron)`, r`(?<!\bsi\b[^.!?]{0,80}?\bya (?:se )?pasaron)`],
    [48, r`(?:chat|sesion|consulta|conversacion)\b`, r`(?! (?:gratuita|gratis|con (?:el|la|su))\b)`],
    // R2's "too many names for chat" said to reassure: "Don't worry about it being too many names for one chat; I'll go
    // through them all", "Some folks think that's too many requests for a chat, but…" ("That's too many names for chat,
    // so I won't be doing the rest" still is one)
    [47, r`|arent|no) too many [a-z]+)`, r`(?<!\b(?:worry|worried|worrying|afraid|fear|concerned|think|thinks|thought|feel|feels)\b[^.!?;]{0,30}?too many [a-z]+)`],
  ]),
  completeness: v18.widen('completeness', [
    // v10's and Q1's "did the … show up / come up?" about money or mail, not what was given: "Did the refund show up yet?",
    // "Did the replacement card show up yet?" (as Q6's notices; "Did the page come up?" still asks)
    [102, r`|alerts|notification|notifications`, r`|refund|refunds|card|cards|payment|payments|package|packages|deposit|deposits|charge|charges|credit|credits|shipment|shipments`],
    [163, r`|alerts|notification|notifications`, r`|refund|refunds|card|cards|payment|payments|package|packages|deposit|deposits|charge|charges|credit|credits|shipment|shipments`],
    // RM's "does that square with your …?" about the patron's time: "I can book you Tuesday at 6 … Does that square with your
    // work schedule?", "Does that square with your kids' pickup?" (a slot not yet given; "Does that square with what your
    // professor asked for?" still asks)
    [171, r`|your|how (?:you|u|your))\b)`, r`(?! your (?:[a-z]+ )?(?:schedule|schedules|calendar|shifts?|pickup|plans?|availability|hours|commute|routine|week|weekend)\b)`],
    // R4's "¿Le queda bien?" after a slot the provider offers in the sentence before: "Tengo un espacio mañana a las 10 en la
    // sucursal Centro. ¿Le queda bien?" (R4 looked within the sentence only; "…hay 'Cuentos bilingües' los jueves a las
    // 10:30; el calendario está en …. ¿Le queda bien?" after a program's schedule given still asks)
    [170, r`(?::\d\d)?)\b[^.!?;]{0,60}?queda bien)`, r`(?<!\b(?:tengo|tenemos|le ofrezco|le puedo (?:dar|apartar|agendar)|puedo (?:darle|apartarle|agendarle)|hay (?:un )?(?:espacio|lugar|cupo|turno))\b[^?]{0,80}?queda bien)`],
    // Q4's "is that the right …?" about the patron's own number: "You typed 21234000567; is that the right barcode?" ("Is
    // this the right Walter?" still asks)
    [164, r`(?!(?:email|`, r`barcode|barcodes|vin|plate|`],
    // P5's "is the … helping?" about the patron's own remedy: "Is the melatonin helping at all?" ("Is the breathing helping
    // at all?" after the exercise given still asks)
    [158, r`|medication|medicine`, r`|melatonin|meds|pill|pills|therapy|treatment|inhaler|dose|dosage|supplement|supplements|vitamins`],
  ]),
  // Q2's "talk to you this afternoon" in a question about another: "Did your caseworker talk to you this afternoon?", "Did
  // the coach talk to you this afternoon about the resume?" ("Talk to you this afternoon!" still closes)
  farewell: v18.widen('farewell', [[40, r`(?<!\bto talk)`, r`(?<!\b(?:did|didnt|does|doesnt|do|dont|has|hasnt|have|havent|had) (?:[a-z]+ ){1,3}talk)`]]),
  // Q1's "text again" as a step of an SMS service: "then text again with your PIN when it asks", "reply Y, then text again
  // with the title you want" ("If the link breaks, msg us again", "txt anytime!" still invite back)
  inviteBack: v18.widen('inviteBack', [[30, r`(?= (?:again|anytime|any time)\b)`, r`(?<!\bthen (?:txt|msg|text))(?! again (?:with|w) (?:your|ur|the|a)\b)`]]),
  followupPromise: v18.widen('followupPromise', [
    // P3's "expect a reply … by Friday" with the patron or others as the subject: "I think you should write that you expect a
    // response from them by Friday" is advice ("I'm handing this off; expect an email Friday" still promises)
    [33, r`(?<!\b(?:dont|do not|never|not|didnt|did not|cant|cannot) expect)`, r`(?<!\b(?:you|u|they|he|she) expect)`],
    // and P3's widened "expect a / the / your …" (v9's "expect an email") with the same subjects
    [5, r`|be (?:getting|receiving)|expect`, r`(?<!\b(?:you|u|they|he|she) expect)`],
    // R4's "le va a marcar" with another party as the subject: "El banco le va a marcar para confirmar los datos" is the
    // bank's call, no promise of the provider's ("Le marco mañana con lo que encuentre" still promises)
    [35, r`\b`, r`(?<!\b(?:el|la|los|las|su|sus) (?:[a-z]+ ){0,2}?(?:banco|clinica|oficina|agencia|compania|aseguradora|doctor|doctora|medico|medica|abogado|abogada|escuela|consulado|hospital|tienda|empresa|casero|dueno|duena|seguro|corte|juzgado|dentista|farmacia) )`],
    // RM's "leave it with me / us" for a step done now or an item sent back: "leave it with us and we'll route it back to
    // Ames" (a returned book), "Leave that with me, I'll fix the typo on your account now" ("Leave it with me, you'll have
    // the scans in your inbox by Friday" still promises)
    [36, r`|we will|expect|you should)\b`, r`(?! (?:route|ship|return|check|take|drop) (?:it|them|that|this)(?: back| in)\b)(?![^.!?]{0,50}?\b(?:now|right now|right away|in a sec|in a minute)\b)`],
  ]),
}));
const phrasesV18: RubricPhrases = phrasesV18R5;

/** Rubric v18: v17 with the phrase families and settings of a seventeenth round of sessions (blocks R1-R4, the merge's RM, then R5). */
export const rubricV18: Rubric = {
  ...rubricV17,
  version: '18',
  phrases: phrasesV18,
  pronounNamedHereR2: true,
  namedUrlRM: true,
  visitBackRM: true,
  byTextRM: true,
  mailServiceRM: true,
};

// ---- Rubric v19: an eighteenth round of sessions (blocks S1-S5, each deriving from the one before) ------------------
// S1: (test/eighteenth-round-homework.test.ts)
const phrasesV19S1 = block(phrasesV18, (v19) => ({
  // a school chat's check on what was given, asked against the teacher's or the child's need: "Does that look like what
  // your teacher wants?" (v1 held "look like what you…" only); "Is the Science Buddies page what she needs to start?"
  // (a parent's child: v1 held "what you…" only). Not "Does the flyer say what she needs to bring?" (a to-do, not the
  // need), "Does the syllabus say what she wants?" (what a document says), "Did the teacher say what she needs?" (the
  // teacher as subject stays out, as v12 made it), nor a statement "That is what she needs." (no question).
  // And "Does Opposing Viewpoints work in the meantime?": a resource given while a follow-up is promised, asked about
  // (v11's "Does Gale help for now?" took a one-word name and "for now / for the meantime"; a name of up to three words
  // and "in the meantime" now too). Not "Does the Wheaton branch open in the meantime?" (no work or help), "Does she
  // work in the meantime?", "Does my mom work in the meantime?" (a person, or a thing of someone's, shut out)
  completeness: v19.widen('completeness', [
    [146, r`(?!(?:you|u|they|we|i|he|she`, r`|my|your|ur|his|her|their`],
    [146, r`[a-z][a-z0-9.-]{1,24} `, r`(?:[a-z][a-z0-9.-]{1,24} ){0,2}?`],
    [146, r`(?:work|help) `, r`(?:in the meantime\b|`],
    [146, r`the meantime)`, r`)`],
    [
      0,
      r`like (?:something|what) (?:you|u)`,
      r`|like what (?:your|ur) (?:teacher|teachers|professor|prof|instructor|class|assignment|rubric) (?:wants|wanted|asked for|is asking for|is looking for|had in mind)`,
    ],
    [
      0,
      r`|what (?:you|u)|do (?:it|the trick)`,
      r`|what(?<!\b(?:say|says|said|tell|tells|told|show|shows|list|lists|mention|mentions|explain|explains) what) (?:he|she|they) (?:needs|needed|wants|wanted|was looking for|is looking for|were looking for|had in mind)(?! to (?:bring|do|pay|send|show|have|get|fill|sign|file|know|take|buy)\b)(?=[^.!?]*\?)`,
    ],
  ]),
  // a limit of homework per student: "we only help with one assignment per student per chat", "I can only do one
  // subject per student tonight" (v10 held questions only; keyed on "per", a provider's "we/I" and a serving verb
  // before the limit: not "Your teacher said only one assignment per student can be late", "the fair only allows one
  // project per student", "we can only check out one laptop per student")
  dismissalHard: v19.plus(
    'dismissalHard',
    r`\bper\b(?<=\b(?:we|i|librarians|tutors) (?:can |will )?(?:only|just) (?:do|take|answer|help with|help (?:you|u) with|cover|work on|go over) (?:one|two|three|\d+) (?:assignments?|subjects?|problems?|homework questions?|worksheets?|classes) per)(?= (?:student|students|kid|kids|patron|patrons|person|chat|session)\b)`,
  ),
}));
// S2: (test/eighteenth-round-delivery.test.ts)
const phrasesV19S2 = block(phrasesV19S1, (v19) => ({
  followupPromise: v19.widen(
    'followupPromise',
    [
      // v15's "I'll … send it to <address>" with a hyphenated word between: "I'll rescan pages 40-60 and send them by Friday
      // to t.okafor@example.edu" ("Send them by Friday to ill@luc.example.edu", the patron's own step, has no "I'll")
      [32, r`(?: [a-z0-9&]+`, r`(?:-[a-z0-9]+)?`],
      // and its "ill" when it is interlibrary loan: "Fill in the ILL form at creighton.example.edu/ill and email it by Friday
      // to ill@…" is the patron's step ("I'll scan it and email it to you at …" still promises)
      [32, r`\b(?:ill`, r`(?<![/.@-]ill)(?! (?:form|forms|request|requests|office|staff|desk|department|dept|loan|loans|librarian|team|item|items|book|books|article|articles|account|system|page)\b)`],
    ],
    // "I'll keep an eye on it and update you Monday": the provider's own update at a time to come is a promise ("Let me
    // update you: it shipped", "I'll update your account now" are not: no future time after "update you")
    r`\bupdate (?:you|u)\b(?<=\b(?:ill|i will|well|we will|im going to|i am going to|ill be sure to) (?:[a-z]+ ){0,6}?update (?:you|u))(?= (?:on |by |first thing |again )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|later|next week|this (?:afternoon|evening|week)|in (?:a|an|one|two|three|\d+) (?:day|days|hour|hours|week)|within)\b)`,
  ),
  // "I'm going on break now so I can't get into that, bye.": leaving for a break ends the help as "I'm leaving" does ("I'm
  // going on break at 3, but Sam will pick up" has a time to come; the way back and "stays on" readings still apply)
  dismissalConvenience: v19.widen('dismissalConvenience', [[2, r`(?:leaving|`, r`going on (?:my |a |lunch |dinner )?break(?! (?:at|around|after|before|until|till|in|soon|later|from)\b)|heading (?:to|on|out (?:to|for)) (?:my |a )?(?:break|lunch)\b(?! (?:at|around|after|before|until|till|in|soon|later)\b)|`]]),
}));
// S3: (test/eighteenth-round-housing.test.ts)
const phrasesV19S3 = block(phrasesV19S2, (v19) => ({
  // housing and utilities: a utility named by its brand and its kind is a party ("call Duke Energy and ask for a payment
  // arrangement", "Peoples Gas", "Georgia Power", "Austin Water"): the kind word closes the name (a stop, "and", "at",
  // "to", "directly", "customer service" after it), after a word that is no article, possessive or verb of service (not
  // "ask them to restore power.", "call about your gas.", "the water.", "no hot water"); the Salvation Army, the Urban
  // League and Habitat for Humanity by name (not "the Salvation Army's thrift hours are at …", which refers to no one)
  referralParty: v19.plus(
    'referralParty',
    r`\b(?:energy|electric|power|gas|water)\b(?= ?(?:[,.;:!?)]|$| and | at | to | directly| today| first| right away| customer (?:service|care)))(?<!\b(?:the|your|my|our|their|a|an|no|of|for|about|hot|cold|drinking|running|natural|tap|solar|clean|renewable|restore|restored|restoring|lose|lost|losing|without|with|back|turn|turned|shut|cut|get|got|has|have|had|any|more|less|some|and|or|with|use|using|save|saving|conserve|city|county) (?:energy|electric|power|gas|water))`,
    r`\b(?:salvation army|urban league|habitat for humanity)\b(?!'s (?:thrift|store|site|website|page))`,
  ),
  // "Apply with the Housing Authority of New Orleans at 504-…": applying with a party contacts it (as v1's "apply at /
  // through"; not "apply with your ID and proof of income", no party after it)
  // "you can also report no heat to 311 (612-673-3000)", "report the leak to 3-1-1": reporting to a city line (v18 RM's
  // "report … to" wants a word after "to"; not "report it to us")
  referralVerb: v19.plus(
    'referralVerb',
    r`\bapply(?:ing)? with\b(?= (?:the|your|a|an|[a-z]{2,} (?:housing|county|city|state)) )`,
    r`\breport(?:ing)?\b(?= (?:[a-z-]+ ){1,4}?to (?:311|3-1-1)\b)`,
  ),
  // the city line reported to is its own number: "report the bedbugs to 311" (v11 reads "call / dial 311"; not "room 311")
  phone: v19.plus('phone', r`\b311\b(?<=\breport(?:ing)? (?:[a-z-]+ ){1,4}?to 311)(?![\d-])`),
  // a party's service said in the present with its contact after it: "The Division … takes complaints at 850-487-1395",
  // "Johnston County Tax Administration handles appeals: johnstonnc.gov/tax", "Rhode Island Legal Services answers tenant
  // calls at 401-…" (the subject must be a party, as for every referralCanHelp; not "the Court of Appeals hears appeals from
  // the district courts", with no contact after it; not "Pima County's eviction prevention program takes applications
  // online at pima.gov/rentalassistance", a form on a page, a source: the merge took "applications" and "online" out)
  referralCanHelp: v19.plus(
    'referralCanHelp',
    r`\b(?:takes|handles|hears|answers|accepts|fields)\b(?= (?:[a-z-]+ ){0,2}?(?:complaints|appeals|calls|questions)\b(?![^.;!?]{0,40}?\bonline\b)[^.;!?]{0,40}?(?: at |: | on | by phone))`,
  ),
  // "It looks like you've left the chat, so I'm closing it.": the provider ends the session ("it" in a message that says
  // the patron seems gone; not "I'm closing the ticket", nor "closing it in 5 minutes if…" with a condition after it)
  willEnd: v19.plus('willEnd', r`\b(?:closing|ending) (?:it|this)(?: out| now| down)?\b(?<=\b(?:im|i am|were|we are) (?:now |just |going to be )?(?:closing|ending) (?:it|this)(?: out| now| down)?)(?= *(?:[.!;]|now\b|$))`),
}));
// S4: (test/eighteenth-round-arts.test.ts)
const phrasesV19S4 = block(phrasesV19S3, (v19) => ({
  // a question about what else the concert holds is about the need, not an offer of more help: "Is there anything else
  // on the program besides the Brahms, so I can look for all of it at once?" (then a clarifying question). Only with
  // "besides / other than / apart from / except": "Anything else on the program you'd like notes for?" still offers
  anythingElse: v19.widen('anythingElse', [
    [0, r`(?:else|more|further|additional)\b(?! (?:`, r`(?:on|in) (?:the|your|this|that|tonights) (?:[a-z]+ )?(?:program|programme|setlist|set list|bill|lineup|line up|playlist) (?:besides|other than|apart from|except)\b|`],
    [27, r`\belse\b`, r`(?! (?:on|in) (?:the|your|this|that|tonights) (?:[a-z]+ )?(?:program|programme|setlist|set list|bill|lineup|line up|playlist) (?:besides|other than|apart from|except)\b)`],
  ]),
  dismissalHard: v19.widen('dismissalHard', [
    // the time of a booked studio, room or lab slot is not the chat's: "your time is up for the studio booking at 5; you
    // can book another hour …" (not "your time is up for this chat", "our time is up for today")
    [0, r`(?:up|over|expired|run out|ended)\b`, r`(?! for (?:the|your|this|that) (?:[a-z]+ )?(?:studio|room|booking|reservation|slot|lab|computer|pc|kiln|equipment)\b)`],
    // "Time's Up" as a title: "Time's Up is on Freegal", "Time's Up by Living Colour", "the album Time's Up" (not "your
    // time's up, so I'm closing the chat", "sorry, time's up")
    [1, r`\btimes up\b`, r`(?! (?:is|was|by|from)\b)(?<!\b(?:album|song|track|single|record|lp|ep|titled|called) times up)`],
    // records as sound recordings, too many for a digitising lab's session, not a lookup limit: "Forty LPs is too many
    // records to do in one session, so book two back-to-back slots", "too many records to do in one session in the
    // lab" (still a limit: "That's too many records to look up in one session, so I won't be doing the rest")
    [47, r`(?<=\btoo many [a-z]+)`, r`(?<!\b(?:lps|vinyl|vinyls|45s|78s|albums|tapes|cassettes|reels)\b[^.!?;]{0,40}?too many records)(?![^.!?;]{0,80}?\b(?:lab|studio|slots?|turntable|digitize|digitizing|visits)\b)`],
  ]),
}));
// S5: (test/eighteenth-round-falsefail.test.ts)
const phrasesV19S5 = block(phrasesV19S4, (v19) => ({
  // completeness in other Englishes, elisions and typos (each keyed on its rarer word):
  // "Is that him, do you think?" after a record given (as v18's "Is this the right Walter?"; not "Is that her email?");
  // "Would that be what you're looking for?"; "Hope this is what you required?" with its "?" ("I hope this is what you
  // need." states); "dose that help?" (the typo; not "a dose that helps"); "That any help?", "That what you need?",
  // "Working now?" opening a sentence ("Is your printer working?" and "that any help you can get" do not); "Is Brighton
  // Rock the sort of thing you had in mind?" with a title in place of "that" ("What sort of thing did you have in mind?"
  // asks about the need, and does not open with "is")
  completeness: v19.plus(
    'completeness',
    r`\b(?:him|her)\b(?<=\b(?:is|was) (?:that|this|it) (?:him|her))(?= ?(?:\?|, (?:do|would) (?:you|u) (?:think|say)\b))`,
    r`\bwould (?:that|this|it|these|those) be (?:what|the (?:kind|type|sort) of (?:thing|things|info|information)) (?:you|u)(?:re| are| were| r)? (?:looking for|after|need|needed|wanted|had in mind)\b`,
    r`\bhope (?:this|that|it|these|those) (?:is|was|are|were) (?:what|the (?:info|information|answer|thing)) (?:you|u) (?:[a-z]+ )?(?:required|require|needed|need|wanted|looking for|after)\b(?=[^.!;]*\?)`,
    r`\bdose (?:that|this|it) (?:help|answer|work)\b(?=[^.!]{0,30}\?)`,
    r`\bany (?:help|use|good)\b(?<=(?:^|[.!?] )(?:is )?(?:that|this|it) any (?:help|use|good))(?= ?\?)`,
    r`\bwhat (?:you|u) (?:need|needed|wanted|were after|were looking for)\b(?<=(?:^|[.!?] )(?:is )?(?:that|this) what (?:you|u) [a-z ]+)(?= ?\?)`,
    r`\bworking\b(?<=(?:^|[.!?] )(?:(?:is|it|that|this|its|thats|everything|all) ){0,2}working)(?: now| ok| okay| for (?:you|u))?(?= ?\?)`,
    r`\b(?:kind|sort|type)\b(?<=(?:^|[.!?] )(?:is|was|would|are|were) [^?.!]{1,60}?(?:kind|sort|type)) of (?:thing|things|book|books|title|titles|info|information) (?:you|u) (?:had in mind|were after|were looking for|wanted|needed)\b`,
  ),
  // asking the patron to wait in Indian and formal English: "Kindly be patient.", "Please be patient while I check" (not
  // "Please be patient with the new catalogue, it is slow on phones", advice about something else)
  hold: v19.plus('hold', r`\bpatient\b(?<=\b(?:kindly|please|pls|plz|just|do) be patient)(?=[.!]*$|[.!,;:]* (?:while|as|till|until|i am|im|i will|ill|i shall|we are|were|let me|checking|searching|looking)\b)`),
  // the typo "anythign else?" (keyed on the typo)
  anythingElse: v19.plus('anythingElse', r`\banythign (?:else|more|further)\b`),
  // "It seems you are not responding. I am closing this chat now." says the patron seems gone (not "If you are not
  // responding in two minutes, …", a condition; not "the catalogue is not responding")
  seemGone: v19.plus('seemGone', r`\bresponding\b(?<=\b(?:you are|youre|you seem to be|u r|ur) not responding)(?<!\bif (?:you are|youre|u r|ur) not responding)`),
  // R5's third party's sending after the patron contacts them, with British "ring" and "give them a bell / ring / buzz /
  // shout": "give the Register Office a bell on 0161 234 5005 and they'll post you one" (not "Give them a bell, and I'll
  // post you the list tomorrow")
  notPromise: v19.widen('notPromise', [[12, r`(?<=\b(?:call|phone|contact|email|write to|visit|text|ask`, r`|ring|a bell|a ring|a buzz|a shout`]]),
}));

// SM: the merge's (test/eighteenth-round-merge.test.ts): cases left by earlier rounds
const phrasesV19SM = block(phrasesV19S5, (v19) => ({
  // v18 R5's left case: v1's "does that … work?" read "Does that square with your work schedule?" as asking whether the
  // answer works, through the noun "work" before another noun ("Does that work for your schedule?" still asks)
  completeness: v19.widen('completeness', [
    [0, r`(?! for (?:pick ?up|pick-up|pickup|delivery|drop ?off)\b)`, r`(?! (?:schedule|schedules|shift|shifts|hours|week|weeks|load|email|e mail|phone|computer|laptop|account|permit|visa|study|calendar|clothes|uniform|boots|badge|address|number)\b)`],
  ]),
}));

// S6: (test/eighteenth-round-falsepass.test.ts), second wave
const phrasesV19S6 = block(phrasesV19SM, (v19) => ({
  // S5's "Is Brighton Rock the sort of thing you had in mind?" read "Is there a particular sort of book you had in mind?"
  // and "Was there any kind of book you wanted for the trip?" (questions about the need, not about a title given): not
  // after "is / was there", nor with "any / particular / specific / certain / other / what / which / some" before the kind
  completeness: v19.widen('completeness', [
    [179, r`\b(?:kind|sort|type)\b`, r`(?<!\b(?:any|particular|specific|certain|other|what|which|some) (?:kind|sort|type))(?<!\b(?:is|was|are|were) there [^?.!]{0,60}?(?:kind|sort|type))`],
  ]),
  dismissalHard: v19.widen('dismissalHard', [
    // S4's booked room read "your time is up for this chat room" and "our time is up for this reference room" (the chat's
    // own time) as a studio's: not a chat, reference, help, ask, virtual, live, text or queue room ("your time is up for the
    // studio booking at 5" still is the studio's)
    [0, r`(?! for (?:the|your|this|that) `, r`(?!(?:chat|chats|reference|help|ask|virtual|live|text|queue|waiting)\b)`],
    // S4's title "Time's Up by …" read "time's up, by our policy …" and "time's up from our end" (the chat's time): not
    // "by / from" before "our, my, now, policy, the library / desk / chat / service / clock / rules" ("Time's Up by Living
    // Colour is on Freegal" still a title)
    [1, r`(?! (?:is|was|by|from)\b`, r`(?!(?<=by|from) (?:our|my|now|policy|the (?:library|desk|chat|service|clock|rules?))\b)`],
    // S1's per-student limit read another service's tutors ("HelpNow tutors can only work on one subject per session",
    // "The tutors on Brainfuse can only do one subject per session"): "librarians / tutors" only as "our …" or opening the
    // sentence ("we only help with one assignment per student per chat" still a limit)
    [49, r`\b(?:we|i|librarians|tutors)`, r`(?<!(?<!^|[.!?] |\bour )\b(?:librarians|tutors))`],
  ]),
  // S2's "I'll … update you Monday" read "we'll" in "well the app should update you tomorrow" and "Well the courier will
  // update you Friday" (an interjection before another subject: the app's or courier's notice): not "well" followed by
  // "the / your / it / they / he / she / this / that / its / their" ("I'll keep an eye on it and update you Monday", "we'll
  // update you tomorrow" still promise)
  followupPromise: v19.widen('followupPromise', [
    [37, r`(?:[a-z]+ ){0,6}?update (?:you|u))`, r`(?<!\bwell (?:the|your|it|they|he|she|this|that|its|their) (?:[a-z]+ ){0,5}?update (?:you|u))`],
  ]),
  // S3's "so I'm closing it" read closing a request, a ticket, a fine dispute ("Your second request … is a duplicate, so I'm
  // closing it", "The fine dispute is resolved, so I'm closing it now"): not with such a thing before "closing it" in the
  // sentence ("It looks like you've left the chat, so I'm closing it." still ends the chat)
  willEnd: v19.widen('willEnd', [
    [25, r`(?: out| now| down)?)`, r`(?<!\b(?:request|requests|ticket|tickets|hold|holds|dispute|fine|fines|case|account|card|item|order|form|record|complaint|duplicate|loan|renewal|claim|report|question)\b[^.!?]{0,80}?(?:closing|ending) (?:it|this)(?: out| now| down)?)`],
  ]),
  // S5's "Kindly be patient." read "Please be patient as processing takes 3-5 business days" (a process to wait for, not
  // the provider's lookup): not "as / while / till / until" before processing, an application, card, request, order or the
  // system ("Kindly be patient while I check the register." still holds)
  hold: v19.widen('hold', [
    [43, r`\bpatient\b`, r`(?![.!,;:]* (?:as|while|till|until) (?:processing|delivery|shipping|(?:the|your) (?:system|card|cards|application|request|form|process|review|order|delivery|shipment|account)|it (?:takes|can take|may take)|applications?|requests?|cards?|orders?)\b)`],
  ]),
  // S3's "apply with" read "You can apply with a photo ID and a utility bill online at …" (documents to bring, no party):
  // not before a document ("Apply with the Housing Authority of New Orleans at …" still refers)
  referralVerb: v19.widen('referralVerb', [
    [60, r`\bapply(?:ing)? with\b`, r`(?! (?:a|an|the|your) (?:[a-z]+ )?(?:id|ids|photo|copy|copies|letter|form|forms|resume|cv|bill|card|license|licence|passport|statement|lease|proof|document|documents|application|transcript|certificate)\b)`],
  ]),
  // S3's "takes complaints at …" read "takes questions at its monthly meeting" and "answers questions at the front counter"
  // (no contact after "at" / "on"): "at" and "on" only before a number or a domain ("The Division … takes complaints at
  // 850-555-0133" still refers)
  referralCanHelp: v19.widen('referralCanHelp', [
    [13, r` at `, r`(?=[\d(+]|www\b|[a-z0-9-]+\.[a-z]{2,})`],
    [13, r`| on `, r`(?=[\d(+]|www\b|[a-z0-9-]+\.[a-z]{2,})`],
  ]),
}));
// S7: (test/eighteenth-round-settings.test.ts), second wave
// S7 (false readings of v19's eight settings): narrowings in the settings' own code only (classify.ts `signOnLeadS5`;
// checks/referral.ts `SERVICE_HERE_SM`, `ALT_CONTACT_SM`, `NEGATED_THEN_S7`, `subjectUrlSM`, `partyOf`), no family
// changed; see test/eighteenth-round-settings.test.ts
const phrasesV19S7 = block(phrasesV19S6, (_v19) => ({}));

const phrasesV19: RubricPhrases = phrasesV19S7;

/** Rubric v19: v18 with the phrase families and settings of an eighteenth round of sessions (blocks S1-S5, then the merge's SM). */
export const rubricV19: Rubric = {
  ...rubricV18,
  version: '19',
  phrases: phrasesV19,
  negatedWhoSM: true,
  serviceHereSM: true,
  altContactSM: true,
  subjectUrlSM: true,
  butCanOfferS2: true,
  prepLeadInEsS3: true,
  pronounQuestionS3: true,
  nameCommaPlaceS5: true,
};

// ---- Rubric v20: a nineteenth round of sessions (blocks T1-T6, each deriving from the one before) ------------------
// T1: (test/nineteenth-round-veterans.test.ts)
const phrasesV20T1 = block(phrasesV19, (v20) => ({
  // "Is that the same Walter?" after a record found for the patron's grandfather asks whether the record given is the one
  // wanted, as v9's "Is that him?" does: "is / was that (the) same <one word>?" (not a thing the patron has: "Is that the
  // same address as on your DD-214?", "Is that the same email?" ask about the patron's situation)
  completeness: v20.plus(
    'completeness',
    // chat-speak "that what ur lookin for?" (no "is"; normalised to "that what your looking for?") asks as v9's "Is that
    // what you're looking for?" does ("do u know what ur lookin for?", "tell me what ur looking for?" ask about the need:
    // "that / this" must come first, and not after know / tell me / describe / sure)
    r`\blooking\b(?<=\b(?:that|this|dat) (?:what|wat|wut) (?:your|youre|you) looking)(?= for ?\?)(?<!\b(?:know|tell me|describe|explain|sure|decide|figure out|say|said) (?:that|this|dat) [a-z ]{8,22})`,
    r`\bsame\b(?<=\b(?:is|was) (?:that|this|it|he|she) (?:the )?same)(?= (?!(?:address|email|number|phone|date|day|time|form|forms|card|name|account|password|pin|branch|library|question|problem|issue|error|page|link|book)\b)[a-z]+ ?\?)`,
  ),
  // "try the American Legion post downtown" sends the patron to a veterans service organisation, as v9's "try the
  // courthouse" sends them to an office ("try the VFW website" / "try the DAV's page" stay a source)
  referralVerb: v20.widen(
    'referralVerb',
    [
      [18, r`?(?:courthouse|`, r`american legion|vfw|amvets|dav|vet center|veterans service office|veterans service officer|`],
      // and not before their magazine ("Try the American Legion Magazine archive at legion.org/magazine" is a source)
      [18, r`(?! (?:website|`, r`magazines?|`],
    ],
    // "see the Brevard County Veterans Services office, walk-ins Tuesdays" sends the patron to an office in person: "see"
    // as an order (opening a clause, or after please / then / and / can / should / to) before "the / your … office /
    // officer / clerk / counselor / representative" (not "you'll see the office listed", "see the office hours at …",
    // "see the office's page", "see the Office of Personnel Management's guide": a thing to look at)
    r`\bsee\b(?<=(?:^|[.!?;:,] |\b(?:please|then|and|or|also|just|go|can|could|should|to) )see)(?= (?:the|your) (?:[a-z&-]+ ){0,5}?(?:office|officer|clerk|caseworker|counselor|counsellor|advisor|adviser|representative)\b(?! (?:of|website|site|web site|page|pages|online|portal|forms?|guide|handout|hours|listed|list|link|number|phone|address|email|map|directory)\b))`,
  ),
  // "they'll connect you with a service officer near you" (the agency named before, putting the patron in touch) is no
  // transfer of the chat, so no hold: not after they / who / which / he / she ("I'll connect you with our genealogy
  // librarian" still announces a transfer)
  transferNotice: v20.widen('transferNotice', [
    [2, r`(?:to|with)\b`, r`(?<!\b(?:theyll|they will|they can|they|who will|who can|which will|which can|shell|she will|she can|hell|he will|he can) (?:connect|connecting|put|putting|pass|passing|send|sending|route|routing|hand|handing) you (?:over |back |through |off |along |across |on )?(?:to|with))`],
  ]),
  // "NPRC will mail it to you in about 10 days" is the agency's mailing, not the provider's promise, as v16's "the office
  // will mail you" is: a federal agency's acronym as the subject of "will mail / send / email … (to) you" ("I'll ask NPRC
  // and email it to you by Friday" still promises)
  notPromise: v20.plus(
    'notPromise',
    r`\b(?:nprc|nara|dfas|dmdc|vba|va|ssa|irs|uscis|dmv|tricare|fema)\b(?= will (?:(?:then|usually|also|normally) )?(?:mail|send|email|e mail|text|call|post) (?:(?:it|them|this|that|your [a-z-]+|the [a-z-]+|a [a-z-]+|a copy) )?(?:back )?(?:to )?(?:you|u)\b(?![^.!?]*\b(?:ill|i will|we will|well|i can|we can)\b))(?<!\b(?:ill|i will|we will|well|i can|we can|i have|ive|lets|let me)\b[^.!?]{0,80}?)`,
  ),
}));
// T2: (test/nineteenth-round-newcomers.test.ts)
const phrasesV20T2 = block(phrasesV20T1, (v20) => ({
  // newcomers' and machine-translated ways of saying they are done: "It is all what I needed" (v15's "it is all I
  // needed" with the learner's "what"; not "Is it all what I need to bring?"), and "I do not have more doubts" / "I don't
  // have more questions" (v8's "dont have any more" without "any"; the speaker "I" / "we" only: not "They do not have
  // more questions in the booklet?", nor "… more questions about the fee", which goes on)
  patronDone: v20.widen('patronDone', [[20, r`(?=(?: `, r`(?:what )?`]], r`\b(?:doubts?|questions?)\b(?<=\b(?:i|we) (?:dont|do not) have (?:any )?more (?:doubts?|questions?))(?! (?:on|in|about|for|from|to|with)\b)`),
  // Spanish "Le sugiero consultar con un abogado de inmigración": the infinitive beside v11's "consulte / consulta con"
  // (the party test still applies: not "puede consultar con calma la lista", nor "consultar con su número de recibo")
  // and "Buenas tardes, habla con la Biblioteca de Yonkers": the sign-on's "(usted) habla con" after a greeting is no
  // "talk to" (not "Habla con la biblioteca de tu escuela", the imperative with no greeting before it)
  referralVerb: v20.widen('referralVerb', [
    [11, r`consulte con|consulta con`, r`|consultar con`],
    [3, r`hable con|habla con`, r`(?<!\b(?:hola|buenas|tardes|noches|dias)[,!.]* habla con)`],
  ]),
  // the same sign-on says who is answering, as v8's "está hablando con" does: "Buenas tardes, habla con la Biblioteca de
  // Yonkers." (a greeting right before it, then "la" / "el"; with the library named, as for every lead)
  selfAffiliationLead: v20.plus('selfAffiliationLead', r`\bhabla con\b(?<=\b(?:hola|buenas|tardes|noches|dias)[,!.]* habla con)(?= (?:la|el) )`),
  // Haitian Creole "bibliotekè" (librarian), as v1's "bibliotecario": "Bonjou! Mwen se Marie, bibliotekè nan Boston
  // Public Library." (the role word's own tests apply: not "mande bibliotekè lekòl ou a?" asked as a question)
  selfRole: v20.plus('selfRole', r`\bbiblioteke\b`),
}));
// T3: (test/nineteenth-round-travel.test.ts)
const phrasesV20T3 = block(phrasesV20T2, (v20) => ({
  // greetings of the tribal libraries' own languages at the head of an introduction: "Boozhoo! This is Wanda at the Leech
  // Lake Tribal College Library", "Yá'át'ééh! This is Lorena at the Navajo Nation Library", "Osiyo," (Cherokee), "Halito!"
  // (Choctaw, Chickasaw); only as an exclamation or address, not a word talked about ("the Ojibwe for hello is boozhoo")
  greeting: v20.plus(
    'greeting',
    r`\b(?:boozhoo|yaateeh|osiyo|halito)\b(?<!\b(?:is|say|says|said|means|word|for) (?:boozhoo|yaateeh|osiyo|halito))(?=[!,.]|$)`,
  ),
  // thanks of the same languages and Hawaiian ("Mahalo, a hui hou!", "Miigwech for reaching out", "Ahéhee'"), not a
  // street or a business of that name ("the Mahalo Street stop")
  thanks: v20.widen('thanks', [[4, r`(?:obrigad[oa]s?|`, r`mahalo(?! (?:st|street|drive|dr|avenue|ave|road|rd|way|place|pl|market|cafe|shop|store)\b)|miigwech|ahehee|`]]),
  // "Happy trails!" as a farewell, at the end of a sentence only ("The Happy Trails loop is closed" names a trail)
  farewell: v20.plus('farewell', r`\bhappy trails\b(?=[ !.,]*$|!)`),
  // another service that takes over is a way back: "I have to end our chat now, but the statewide after-hours chat at
  // askidaho.org picks up from here" (not one said to be gone: "the after-hours chat at askidaho.org was discontinued")
  wayBack: v20.plus(
    'wayBack',
    r`\b(?:after ?hours|after-hours|overnight|weekend|evening|backup|statewide)\b(?= (?:chat|text|reference|ask a librarian)(?: service| line)? (?:at|on|through|via) (?:www\.)?[a-z0-9-]+\.[a-z]{2,}[a-z0-9./-]*(?![a-z0-9./-])(?! (?:(?:was|were|has been|have been|is|are) (?:discontinued|closed|shut down|retired|gone)|(?:is|are) no longer|no longer)\b))`,
  ),
}));
// T4: (test/nineteenth-round-sciences.test.ts)
const phrasesV20T4 = block(phrasesV20T3, (v20) => ({
  // science, health and engineering databases and tools named without a URL (the README's reading: a database or
  // citation tool named is a source): "Try Reaxys for the melting point", "SciFinder-n has the reaction", "Lexicomp or
  // Micromedex on the app", "Knovel", "Compendex in Engineering Village", "PubChem" (not the citation managers Zotero,
  // EndNote, Mendeley, RefWorks: apps, the sixteenth round's reading; not "natural medicines", a topic, nor "Rayyan",
  // also a given name)
  knownResource: v20.plus(
    'knownResource',
    r`\b(?:scifinder(?: n|-n)?|reaxys|embase|knovel|lexicomp|lexi-comp|micromedex|covidence|compendex|inspec|engineering village|accessengineering|jove|espacenet|pubchem|ulrichsweb|epocrates|statpearls|matweb|techstreet|sae mobilus|chemnetbase|google patents)\b`,
  ),
  // "Do those results look usable?", "Does this article look relevant?": a demonstrative and one noun before the verb, as
  // "the results" already was (not "Which of those results look relevant?", which opens with no auxiliary; not "Do those
  // two articles from your instructor look relevant?", more words than one)
  completeness: v20.widen(
    'completeness',
    [[89, r`|the [a-z-]+(?: [a-z-]+){0,2}`, r`|(?:these|those|this|that) [a-z-]+`]],
    // "Is the abstract enough until then?", "Are those two articles enough for now?": what was given, asked about for the
    // time before more comes (only with such a tail: "Is the print copy enough, or do you need the PDF?" asks a choice)
    r`\benough\b(?<=\b(?:is|was|are|were|will|would)(?:nt)? (?:the|that|this|these|those) [a-z0-9-]+(?: [a-z-]+)?(?: be)? enough)(?= (?:for now|until then|till then|in the meantime|for the moment|for tonight|for today|to go on|to start with|to get started)[ !.]*\?)`,
  ),
}));
// T5: (test/nineteenth-round-fragments.test.ts)
// T5 (fragments and split messages): a goodbye that names the day without "on" ("Talk to you Friday!"; family 7 took
// "talk to you on Friday"). T5 also read "Enjoy!" alone as a goodbye; the merge took that back, since the tenth round
// reads "Great, enjoy!" as no thanks, goodbye or invitation back (test/tenth-round-tech.test.ts). The rest of the
// round is code behind `splitMessagesT5` (checks/followup.ts `splitWhenT5`, checks/closing.ts `wayBackNextT5` and the
// courteous join); see test/nineteenth-round-fragments.test.ts
const phrasesV20T5 = block(phrasesV20T4, (v20) => ({
  // "Talk to you Friday!", "talk to u monday" ("Can you talk to your manager Friday?" has no "to you" + day)
  farewell: v20.plus(
    'farewell',
    r`\btalk to (?:you|u|ya) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
  ),
}));
// T6: (test/nineteenth-round-falsepass.test.ts)
const phrasesV20T6 = block(phrasesV20T5, (v20) => ({
  // S1's "Is the Britannica article what she needs?" read "Does the assignment sheet spell out what she needs?" and "Does
  // the handout specify what he needs?" (what a teacher's document asks for: a clarifying question): not after the verbs
  // a document uses for its demands, as S1 already left out "say / tell / show / list / mention / explain" ("Is the
  // Britannica School article what he needs?" still asks)
  completeness: v20.widen('completeness', [
    [0, r`mention|mentions|explain|explains`, r`|specify|specifies|spell out|spells out|spelled out|describe|describes|outline|outlines|state|states|indicate|indicates|require|requires`],
  ]),
  dismissalHard: v20.widen('dismissalHard', [
    // S1's per-student limit read a teacher's class visit ("I can only take two classes per session in the lab": classes
    // booked, not the patron's questions) and a printing allowance ("we can only do three worksheets per student for free
    // printing"): not "take … classes per", nor with printing, copies or pages after it in the sentence ("Sorry, I can only
    // help with one assignment per student per chat." still a limit)
    [49, r`\bper\b`, r`(?<!\btake (?:one|two|three|four|\d+) classes per)(?![^.!?;]{0,60}?\b(?:print|prints|printing|printed|printer|printers|copies|pages)\b)`],
    // S4's booked room read "your time is up for this slot" in a Book-a-Librarian chat (the chat's own appointment): not
    // "this slot / booking / reservation", nor an appointment's, consultation's or research slot ("your time is up for the
    // studio booking at 5" still the studio's)
    [0, r`|queue|waiting)\b`, r`|(?:appointment|consultation|research) |(?<=this )(?:slot|booking|reservation)\b`],
    // S4's title "Time's Up is on Freegal" read "time's up is our policy after 20 minutes" (the chat's time): "is / was"
    // before "our, my, now, policy, the rules …" as S6 did for "by / from" ("Time's Up was O.C.'s first single" still a title)
    [1, r`(?!(?<=by|from`, r`|is|was`],
  ]),
  // S2's "I'm going on break now" read a reader's chit-chat "I'm going on a break with the series too" (not leaving the
  // chat): not before "with" ("I'm going on break now, bye." still ends the help)
  dismissalConvenience: v20.widen('dismissalConvenience', [[2, r`(?:at|around|after|before|until|till|in|soon|later|from`, r`|with`]]),
  // S5's "Please be patient while I check" read advice inside an answer: "Please be patient while we're short-staffed this
  // month" (the library's staffing, not the provider's lookup) and "It moves faster than it looks, just be patient!" ending
  // the message (about a holds list): not "while / as we're" before anything but a search, nor "just be patient" with
  // nothing after it ("Please be patient while I check the other branches." still holds; "Kindly be patient." too)
  hold: v20.widen('hold', [
    [43, r`\bpatient\b`, r`(?!(?<=\bjust be patient)[.!]*$)(?![.!,;:]* (?:while|as) (?:we are|were) (?!(?:checking|searching|looking|working on|pulling|getting|finding|trying|contacting|calling|asking|waiting)\b))`],
  ]),
  // S3's "takes complaints at 850-…" read a meeting's day or time ("The Board of Review hears appeals on 2nd Tuesdays",
  // "takes questions at 7:30") and a colon before a list ("The Zoning Board of Appeals handles appeals: variances, special
  // uses and interpretations"): "at / on" not before an ordinal or a clock time, ":" only before a number or a domain as S6
  // made "at / on" ("The Tenant Rights Hotline takes calls at 555-201-0188" and "handles appeals: johnstonnc.gov/tax" still
  // refer)
  referralCanHelp: v20.widen('referralCanHelp', [
    [13, r` at `, r`(?!\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}(?::\d\d)? ?(?:am|pm)\b|\d{1,2}:\d\d)`],
    [13, r`| on `, r`(?!\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}(?::\d\d)? ?(?:am|pm)\b|\d{1,2}:\d\d)`],
    [13, r`|: `, r`(?=[\d(+]|www\b|[a-z0-9-]+\.[a-z]{2,})`],
  ]),
}));
// T7: (test/nineteenth-round-widenings.test.ts), second wave
const phrasesV20T7 = block(phrasesV20T6, (v20) => ({
  // T1's "Is that the same Walter?" read a clarifying question about the patron's own situation asked after an answer ("Was
  // that the same year?", "Is it the same school?", "Was that the same county?"): not before a time, school or place word
  // ("Is that the same Walter?" and "Is that the same edition?" still ask whether what was given is what was wanted)
  completeness: v20.widen('completeness', [
    [181, r`|page|link|book`, r`|year|years|month|week|semester|term|class|course|teacher|professor|instructor|school|county|state|city|town|zip|building|room|floor|location|campus`],
  ]),
  referralVerb: v20.widen('referralVerb', [
    // T1's "try the American Legion" read a page of theirs to look at: "try the VFW post locator at vfw.org", "try the American
    // Legion Baseball schedule" (not before locator / finder / schedule / calendar / baseball; "try the VFW hall on Elm" still
    // sends the patron there)
    [18, r`(?! (?:website|magazines?|`, r`baseball|post locator|locator|finder|schedule|calendar|`],
    // T1's "see the … office" read a sign to look for in directions: "come in and see the Registrar office signs by the stairs"
    // (not before signs / door / window / entrance / building; "please see the county clerk in room 104" still refers)
    [62, r`|email|map|directory`, r`|signs?|doors?|windows?|entrance|building`],
    // T2's sign-on "Buenas tardes, habla con la Biblioteca de Yonkers" (no "talk to") read the imperative after a greeting:
    // "Hola, habla con la bibliotecaria de tu escuela" sends the patron to their school librarian (a possessive "tu / su"
    // within four words after "la / el": "Buenas tardes, habla con la Biblioteca de Yonkers" still no referral)
    [3, r`[,!.]* habla con`, r`(?! (?:la|el) (?:[a-z]+ ){0,3}?(?:de |del )?(?:tu|tus|su|sus)\b)`],
  ]),
  // and the same imperative is no sign-on saying who is answering
  selfAffiliationLead: v20.widen('selfAffiliationLead', [[11, r`\bhabla con\b`, r`(?! (?:la|el) (?:[a-z]+ ){0,3}?(?:de |del )?(?:tu|tus|su|sus)\b)`]]),
  // T2's "I don't have more questions" read a patron going on: "I don't have more questions yet, I haven't read it", "I don't
  // have more questions, but can you check the fee?" (not before "but / yet / until / except / unless" in the sentence, "but
  // thanks" excepted: "I don't have more questions but thank you!" still done)
  patronDone: v20.widen('patronDone', [
    [57, r`(?:doubts?|questions?))`, r`(?![^.!?\n]{0,40}?\b(?:but(?! (?:thank|thanks|thx|ty|i appreciate|really appreciate)\b)|yet|until|till|except|unless)\b)`],
  ]),
  // T3's "boozhoo / osiyo / halito" read a word talked about after "signed / spelled / written / pronounced / like" ("He
  // signed his letters halito.", "words like boozhoo."): as T3 left out "say / means" ("Boozhoo!" still greets)
  greeting: v20.widen('greeting', [[17, r`(?:is|say|says|said|means|word|for`, r`|signed|signs|spell|spelled|spelt|write|wrote|written|pronounce|pronounced|like|learn|learned|teach|taught`]]),
  // T3's "miigwech" read a place or programme of that name ("the Miigwech Center for Learning"), as T3 left out "Mahalo
  // Street" ("Miigwech for reaching out" still thanks)
  thanks: v20.widen('thanks', [[4, r`|miigwech`, r`(?! (?:center|centre|program|programs|school|academy|hall|foundation|room|house|institute|street|st|road|rd|drive|dr|avenue|ave)\b)`]]),
  farewell: v20.widen('farewell', [
    // T3's "Happy trails!" read the title of a film, song or book ("Did you see Happy Trails!", "we have the DVD of Happy
    // Trails."): not after a verb or noun that names a work ("Thanks again, happy trails!" still a goodbye)
    [41, r`\bhappy trails\b`, r`(?<!\b(?:of|see|saw|seen|watch|watched|watching|love|loved|like|liked|read|called|titled|named|about|borrow|borrowed|dvd|book|film|movie|song|album|sing|sang|play|played) happy trails)`],
    // T5's "Talk to you Friday!" read an offer or a question to meet ("I can talk to you Monday about your thesis if you book a
    // slot", "Would it be ok to talk to you Friday instead?") and someone else's meeting ("The advisor will talk to you
    // Tuesday."): not after a modal or "to", not "<someone not I / we> will", not in a question ("I'll talk to you Monday!"
    // and "We will talk to you Friday then, bye!" still say goodbye)
    [42, r`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`, r`(?<!\b(?:can|could|would|should|may|might|to|cant|couldnt|wont) (?:[a-z]+ )?talk to (?:you|u|ya) [a-z]+)(?<!\b(?!(?:i|we)\b)[a-z]+ will talk to (?:you|u|ya) [a-z]+)(?![^.!?\n]{0,60}\?)`],
  ]),
  // T3's after-hours chat read one said in the past tense to be gone ("the weekend chat at askidaho.org ended in 2019", "…
  // closed last year", "… was cut"), as T3 left out "was discontinued" ("the statewide chat at askidaho.org picks up from
  // here" still a way back)
  wayBack: v20.widen('wayBack', [
    [18, r`|(?:is|are) no longer|no longer`, r`|ended|closed|stopped|ceased|shut down|went away|(?:was|were|has been|have been|got) (?:cancelled|canceled|cut|ended|stopped|suspended|paused)`],
  ]),
  // T4's "JoVE" read the oath "by Jove" ("By Jove, you found it!"); "Try JoVE for the titration video" still names it
  knownResource: v20.widen('knownResource', [[3, r`|jove`, r`(?<!\bby jove)`]]),
}));
// T8: (test/nineteenth-round-settings.test.ts), second wave. No phrase change: T8 narrows seven of the first wave's
// settings in their own code, behind the same settings (documented on the `Rubric` type: "The second wave (T8) narrowed
// it")
const phrasesV20T8 = block(phrasesV20T7, (_v20) => ({}));

const phrasesV20: RubricPhrases = phrasesV20T8;

/** Rubric v20: v19 with the phrase families and settings of a nineteenth round of sessions (blocks T1-T8; T6 narrows v19, T7-T8 the first wave). */
export const rubricV20: Rubric = {
  ...rubricV19,
  version: '20',
  phrases: phrasesV20,
  transferPronounT2: true,
  arrivalThereT3: true,
  devicePhoneT4: true,
  reachYouT4: true,
  transferNoSourceT4: true,
  splitMessagesT5: true,
  nameNotWhenT6: true,
  negatedThenVerbT6: true,
  takesOfferT6: true,
};

// ---- Rubric v21: a twentieth round of sessions (blocks U1-U6, each deriving from the one before) --------------------
// U1: (test/twentieth-round-work.test.ts)
const phrasesV21U1 = block(phrasesV20, (v21) => ({
  // grants databases named without a URL, as the README reads a database named alone: "GrantStation, one of our databases,
  // lists sports and recreation funders" (youth soccer case), GrantWatch, Instrumentl (one word each: "the Grant Station
  // apartments" names none)
  knownResource: v21.plus('knownResource', r`\b(?:grantstation|grantwatch|instrumentl)\b`),
  // "Have a sweet day!" (home bakery case) as v1's "have a great day": only before a time of day or "one" ("Do you have a
  // sweet tooth?", "we have a sweet potato pie recipe" say no goodbye)
  farewell: v21.widen('farewell', [[2, r`(?:good|great|`, r`sweet(?= (?:day|evening|afternoon|morning|night|weekend|one|holiday|holidays)\b)|`]]),
  // "Good afternoon! You are chatting with the Thomas Yoseloff Business Center at NYPL." (business center case): a library's
  // business, career, job or research center named right after the sign-on's lead says who is answering, as v6's "you've
  // reached the Hyattsville Branch" does (the center keyed, the lead in a lookbehind; "Thanks for contacting us. The
  // Business Center at Main has the forms." names it as a place to go, no lead before it)
  selfAffiliation: v21.plus(
    'selfAffiliation',
    r`\b(?:center|centre)\b(?<=\b(?:youve reached|you have reached|this is|welcome to|here at|here from|youre chatting with|you are chatting with|(?:connected|talking|speaking|chatting) (?:to|with)|(?:hi|hello|hey|greetings) from|thanks for (?:contacting|calling|messaging|texting|chatting with)) (?:the |our )?(?:[a-z&-]+ ){0,3}(?:business|career|careers|job|jobs|workforce|employment|research|reference|nonprofit|entrepreneurship|information) (?:center|centre))`,
  ),
}));
// U2: (test/twentieth-round-tech.test.ts)
const phrasesV21U2 = block(phrasesV21U1, (v21) => ({
  completeness: v21.widen('completeness', [
    // "Did you get online?" after the Wi-Fi answer asks whether it worked; only when the question ends there (or with "ok /
    // now / yet") ["Did you get online at home through the low-cost plan?", about the patron's situation]
    [3, r`(?:what|everything|all|`, r`(?:online|connected|back online)(?=(?: (?:ok|okay|alright|fine|now|yet))?[ !.]*\?)|`],
    // "Did that let you book it?" after the reservation page asks whether it worked; only with nothing after the verb but
    // "it / them / one" ["Did your old library let you borrow hotspots?", about the patron's past]
    [102, r`|let (?:you|u) in`, r`|let (?:you|u) (?:book|reserve|borrow|renew|print|download|place|check out)(?: (?:it|them|one|that|this|the hold))?(?=[ !.]*\?)`],
    // "let me know if it takes the card this time" after the Libby steps asks whether the card now works; only "takes /
    // accepts" + a card, PIN, password or code ["let me know if it takes longer than 15 minutes to arrive"]
    [105, r`(?:prints|printed|`, r`(?:takes|took|accepts|accepted) (?:the |your |my )?(?:card|pin|password|code|barcode|login|card number)|`],
  ]),
  // "yes thanks so much, thats it" says the patron is done, as "thanks, thats it" does ["thank you so much, thats it
  // the one with the blue cover", the existing lookahead]
  patronDone: v21.widen('patronDone', [[2, r`|thanks|thank you`, r`|thanks so much|thank you so much|thanks a lot|thank you very much`]]),
  // "…on the sign-in page of the catalog and it will email you a reset link within a few minutes": the system's e-mail,
  // no promise of the provider's; only after "it / this / the system, page, form, catalog, app…", not "our / the IT"
  // ["Our IT will email you a reset code by tomorrow.", staff who will contact the patron: still a promise]
  notPromise: v21.plus(
    'notPromise',
    r`\breset\b(?<=\b(?:(?<!\b(?:our|the|your|campus|county|city|school|college|university|district|library|librarys) )it|this|that|which|page|form|button|link|catalog|catalogue|system|app|website|site|portal|account) (?:will|should|is going to|can) (?:automatically |also )?(?:email|e mail|text|send) (?:you|u) (?:a |an |the )?(?:password |pin |new )?reset)(?= (?:link|code|email|e mail|message|text)\b)(?<!\b(?:ill|i will|we will|well)\b[^.!?]{0,80}?)`,
  ),
  referralVerb: v21.widen('referralVerb', [
    // "Please stop at the circulation desk with a photo ID" tells the patron to visit the desk, as "stop by" does; only
    // before a desk, counter or office ["the 12 bus will stop at the circulation desk side of the building" is no order;
    // "stop at chapter 4"]
    [3, r`|stop by`, r`|stop at(?= (?:the|your|our|any) (?:[a-z&-]+ ){0,3}?(?:desk|counter|office)\b)`],
    // "You'll need to see someone at the circulation desk about the charge": as "see the … office"; only someone or staff
    // at a desk, counter or office ["I can see someone at the circulation desk checked it in", the provider's own view]
    [62, r`)see)(?=`, r` (?:someone|somebody|a staff member|staff|a librarian) (?:at|in) (?:the|your|our) (?:[a-z&-]+ ){0,3}?(?:desk|counter|office)\b|`],
  ]),
}));
// U3: (test/twentieth-round-youth.test.ts)
const phrasesV21U3 = block(phrasesV21U2, (v21) => ({
  // a title or "that" asked about as the book the patron's teacher or parent meant, after it was given: 'Is "Pax" the book
  // your teacher meant?', "Is that the one your mom had in mind?" (v1 had "you" and "your son / daughter / class" only;
  // ending the question: not 'Is "Pax" the book your teacher meant for the whole class to read?', which asks about the
  // assignment)
  // "Is that good for your homework?", "Are those good for ur report?": what was given asked about for the child's school
  // task, as v12's "Is this good for you?" (the subject what was given and the task ending the question: not "Is a
  // website good for your homework, or does your teacher want books?", which asks about the need)
  completeness: v21.plus(
    'completeness',
    r`\b(?:meant|mind)\b(?<=\b(?:is|was) (?:"[^"]{1,60}"|this|that|it) the (?:one|book|title|novel|story|series) (?:you|u|(?:your|ur) (?:teacher|teachers|professor|instructor|mom|dad|mum|parents?|librarian)) (?:meant|had in mind))(?= ?\?)`,
    r`\b(?:homework|project|report|assignment|worksheet|poster|essay|paper|class)\b(?<=(?:^|[.!,] )(?:and |so |ok,? )?(?:is|was|are|will) (?:this|that|it|these|those|the (?:book|books|link|page|site|website|article|articles|information|info|answer)) (?:be )?good (?:enough )?for (?:your|ur) (?:homework|project|report|assignment|worksheet|poster|essay|paper|class))(?=[ ,!.]*\?)`,
  ),
  // "You've asked a lot of questions, that's enough for one chat." tells the patron they asked too many, as v1's "that's
  // enough questions" does (a chat or session word after it: not "If you have three sources, that's enough for one
  // report.")
  dismissalHard: v21.plus(
    'dismissalHard',
    r`\benough\b(?<=\b(?:thats|that is) enough)(?= for (?:one|this|a single|a|the|each|tonights|todays) (?:chat|session|conversation)\b)`,
  ),
}));
// U4: (test/twentieth-round-platforms.test.ts)
const phrasesV21U4 = block(phrasesV21U3, (v21) => ({
  // A Lost Call's "Sorry we missed you! Please chat with us again anytime." read its first sentence as content, so a
  // greeting, a check-in and a goodbye made a substantive exchange: the sentence alone is an acknowledgement, no content
  // (a whole sentence only: "Sorry we missed you at the branch on Saturday!" still says something)
  ack: v21.widen('ack', [[0, r`^(?:(?:ok|`, r`(?:so )?sorry (?:we|i) missed you|`]]),
  // "I see you have left the chat, so I'll close this session now." after the platform's "Patron has left" line says the
  // patron seems gone (not after if / once / when: "If you have left the chat, the transcript is e-mailed to you." says
  // nothing of this patron)
  seemGone: v21.plus(
    'seemGone',
    r`\bleft the (?:chat|session|conversation|chat room)\b(?<=\b(?:(?:you|u) (?:have |had )?|youve )(?:already |just )?left the (?:chat|session|conversation|chat room))(?<!\b(?:if|once|when|after|before|whether|until|unless) (?:(?:you|u) (?:have |had )?|youve )(?:already |just )?left the (?:chat|session|conversation|chat room))`,
  ),
  // A time-limit macro, "This chat has reached its time limit and will now be closed.", tells the patron their time is up
  // (only the chat itself after this / the / our / your: "Your computer session has reached its time limit after 2 hours"
  // is about a library computer)
  dismissalHard: v21.plus(
    'dismissalHard',
    r`\b(?:reached|exceeded) (?:its|the) (?:time limit|maximum (?:length|duration|time))\b(?<=\b(?:this|the|our|your) (?:chat|chat session|session|conversation) (?:has |have )?(?:reached|exceeded) (?:its|the) (?:time limit|maximum (?:length|duration|time)))`,
  ),
}));
// U5: (test/twentieth-round-falsefail.test.ts)
const phrasesV21U5 = block(phrasesV21U4, (v21) => ({
  // greetings of other first languages at the head of an introduction, beside T3's tribal ones: "Vanakkam! Myself
  // Lakshmi, librarian at …" (Tamil), "Sat Sri Akal! Harpreet here, your librarian at Surrey Libraries" (Punjabi), and
  // Maori "Morena! Tama from Auckland Libraries" (with "!" only: Morena is also a given name) [not a word talked about:
  // "The Tamil greeting is vanakkam, by the way."]
  greeting: v21.widen('greeting', [
    [17, r`\b(?:boozhoo|yaateeh|osiyo|halito`, r`|vanakkam|sat sri akal|sat shri akal|morena(?=!)`],
    [17, r`taught) (?:boozhoo|yaateeh|osiyo|halito`, r`|vanakkam|sat sri akal|sat shri akal|morena`],
  ]),
  completeness: v21.widen(
    'completeness',
    [
      // "Would that do her?" (Irish, British: will the book given do for the daughter), as v9's "Would that do?" and "…
      // do for you?" [not "Would it do her any good to start with the graphic novel?", which goes on]
      [118, r`(?=(?: for (?:you|u|now))?`, r`(?: (?:you|ya|her|him|them))?`],
      // "Is that along the right lines?" (British), beside "on the right track" ["Are those the right lines on the
      // form?", lines the patron filled in: only "along / on the right lines"]
      [28, r`|ballpark|right track`, r`|right lines(?<=\b(?:along|on) the right lines)`],
      // a bare "Sufficient?" after a terse answer, as v10's bare "Good?" ["Sufficient funds on the card?", which goes on]
      [80, r`\b(?:good|better`, r`|sufficient|adequate`],
      [80, r`)?(?:good|better`, r`|sufficient|adequate`],
      // "Meanwhile is the JCR link working for you?": a link named by one word, as v10's "Is the link working?" (link, page,
      // site, database, e-book and download only) ["Is the self-checkout pin working for you?", the patron's own PIN]
      [72, r`|reset|fix|steps?)`, r`|the [a-z0-9-]+ (?:link|links|page|url|site|database|ebook|download)`],
      // "That any good to you?" (British), as "Any good so far?" ["Is your old card any good to you?"]
      [94, r`(?<=^(?:(?:so|and|ok|okay)[ ,]+)?`, r`(?:(?:is )?(?:that|this|it|those|these) )?`],
      [94, r`any good)(?=`, r`(?: (?:to|for) (?:you|u|ya)[ !.]*\?)|`],
    ],
    // "Is this serving your purpose?", "Does that serve the purpose?" (Indian English, formal) [not "Will the printed copy
    // serve your purpose, or do you need the PDF?", a choice about something not given: the "?" must follow "purpose"]
    r`\bpurpose\b(?<=\b(?:is|does|did|will|would|has) (?:this|that|it|these|those)(?: [a-z]+)? (?:serve|serves|served|serving|solve|solves|solved|solving|fulfil|fulfill|fulfils|fulfills|fulfilling|meet|meets|meeting) (?:your|the) purpose)(?=[ !.]*\?)`,
    // Spanish "¿Le parece bien esta información?", "¿Te parece útil?" [not "¿Le parece bien si se lo envío por correo?",
    // an offer, nor a bare "¿Le parece bien?", which may ask agreement to a plan (test/fifteenth-round-bilingual.test.ts,
    // Delaware): "bien" only with what was given named]
    r`\bparece\b(?<=\b(?:le|te|les) parece)(?= (?:bien (?:esta|esa|la|este|ese|el) (?:informacion|respuesta|lista|opcion|libro|pagina|guia|enlace|recurso)|(?:util|utiles|suficiente|adecuad[oa])(?: (?:esta|esa|la|este|ese|el) (?:informacion|respuesta|lista|opcion|libro|pagina|guia|enlace|recurso))?)[ !.]*\?)`,
    // non-native "This information can help you?", "The info is enough?" (a statement's word order with "?") ["This
    // information can help you decide, which branch is closer?", which asks about the patron's choice]
    r`\b(?:information|info)\b(?<=\b(?:this|that|the|these|such) (?:information|info))(?= (?:(?:can|could|will|would|is|was) )?(?:help|helps|helped|helpful|useful|enough|sufficient)(?: (?:to |for )?(?:you|u))?[ !.]*\?)`,
    // formal British "I trust that answers your question?" asked with "?" ["I trust this answers your enquiry
    // satisfactorily." states it, the ninth round's reading]
    r`\btrust\b(?<=\bi trust)(?= (?:that|this|it|these|those)(?: [a-z]+)? (?:answers|answered|covers|covered|helps|helped|resolves|resolved|satisfies|satisfied|meets|met|has answered|has helped|has covered|has resolved|is what|was what|is enough)\b[^.!?]*\?)`,
  ),
  // "Kindly share which translator you want" (Indian English) asks about the need as v2's "let me know which …" does, and
  // "Pop the title over to me if you have it" (British) asks for the title [not "Kindly share this link with your
  // teacher", nor "pop the book over to the returns desk"]
  restatement: v21.widen(
    'restatement',
    [[11, r`\b(?:tell me|let me know`, r`|kindly share(?: with (?:me|us))?`]],
    r`\bpop\b(?= (?:the|your) (?:title|author|isbn|details|name|call number|citation|reference|question|deadline|topic)s? (?:over|across|through) to (?:me|us)\b)`,
  ),
  // "Just checking you're still about?" (British), as "still around?" [not "Your hold is still about 3 weeks out.": the
  // "?" must follow]
  stillThere: v21.widen('stillThere', [[1, r`(?:their\b(?=[ .!?]*$)|`, r`about(?=[ !.]*\?)|`]]),
  // "I'll assume you've wandered off and end the session now" says the patron seems gone, as v8's "you may have wandered
  // off" does [not "In case you wandered off, …", nor the check-in "Have you wandered off?"]
  seemGone: v21.plus(
    'seemGone',
    r`\bwandered (?:off|away)\b(?<=\b(?:youve|you have|youd|you) (?:(?:just|probably|maybe|already|since) )?wandered (?:off|away))(?<!\b(?:if|when|once|unless|case|have|did|whether) (?:youve|you have|youd|you) (?:(?:just|probably|maybe|already|since) )?wandered (?:off|away))`,
  ),
  // "by close of play Thursday" (British), as "by close of business" ["the archive shuts by close of play" is about the
  // archive, the case's near miss]
  whenExpect: v21.widen('whenExpect', [[11, r`|close of business`, r`|close of play`]]),
  // "ring Threshold's freephone on 1800 454 454" (Irish, British): a freephone line is a party, as a helpline is [not
  // "the freephone number is on the back of your card", which refers to no one]
  referralParty: v21.widen('referralParty', [[4, r`\b(?:lifelines?|helplines?|warmlines?`, r`|freephones?|freefone`]]),
  // chat-speak "Bear wid me, checking the shelves" (with), as v2's "bare with me" ["u'll have to bear wid the queue"]
  hold: v21.widen('hold', [[11, r`|hang fire|bear with (?:me|us)`, r`|bear wid (?:me|us)|bare wid (?:me|us)`]]),
  // the patron's "cheers, that's me for today" (British), as v7's "that's me sorted" ["that's me for today, but can I ask
  // about parking?"]
  patronDone: v21.plus('patronDone', r`\b(?:today|tonight)\b(?<=\bthats me for (?:today|tonight))(?=[ !.]*$)`),
  // "Look after yourself!" as a farewell, as v9's "Mind yourself" ["You can look after yourself on the self-checkout
  // machines."]
  farewell: v21.plus('farewell', r`\byourself\b(?<=\blook after yourself)(?=[ !.,]*$|!)`),
}));
// U6: (test/twentieth-round-falsepass.test.ts), narrowings only
const phrasesV21U6 = block(phrasesV21U5, (v21) => ({
  // "YES omg that is it" after "Is that the one?" says the book found is the one, not that the patron is done, as the
  // contracted "yes thats it" has never been read (v13's reading): "(that|this) is / was it" after an affirmation (yes,
  // yep, yeah, omg, wow…), with at most one more of them between, is no "done" [not "no that is it, thanks so much",
  // "ok that is it for me", "yes, that is all I needed": still done]
  patronDone: v21.widen('patronDone', [
    [1, r`(?:all|everything|it)\b`, r`(?<!\b(?:yes|yess|yesss|yep|yup|yeah|yea|ya|omg|wow)[!,.]* (?:(?:omg|wow|oh wow|oh my god|yes|yep|yeah)[!,.]* )?(?:that|this) (?:is|was) it)`],
  ]),
}));

// U7: the merge, for two of U6's left cases (test/twentieth-round-falsepass.test.ts, `merged`): widenings U6's brief left out
const phrasesV21U7 = block(phrasesV21U6, (v21) => ({
  // "I have another patron waiting, so I will let you go now. Take care!": one other patron waiting is the queue as the
  // reason, as v1's "other patrons waiting" ["You can't renew it because another patron is waiting for it.", a hold on the
  // book; "another patron waiting on the Libby copy"]
  othersWaiting: v21.plus(
    'othersWaiting',
    r`\bwaiting\b(?<=\banother (?:patron|person|customer|chat|caller|student|visitor|user) (?:who is |that is |is )?waiting)(?! (?:for|on)\b)`,
  ),
  // "We've gone past our 15 minute limit, so I'm ending the chat here.": the chat's time limit as the reason the help
  // ends (the provider's "we / I" only, and only when the sentence goes on to end it) ["You went over the 15 minute limit
  // on the express computer, so it logged you out", the patron's computer]
  dismissalHard: v21.plus(
    'dismissalHard',
    r`\blimit\b(?<=\b(?:weve|we have|were|we are|ive|i have|im|i am) (?:now |already |just )?(?:gone|going|run|running|been|got|gotten) (?:past|over) (?:our|the|my) (?:\d+|ten|fifteen|twenty|thirty)[ -]?(?:minute|min)s? (?:time |chat )?limit)(?=[,;]? (?:so|and) (?:im|i am|ill|i will|i have to|i need to|i must|well|we will|we need to|we have to)\b)`,
  ),
}));

const phrasesV21: RubricPhrases = phrasesV21U7;

/** Rubric v21: v20 with the phrase families and settings of a twentieth round of sessions (blocks U1-U6, and U7 the merge's). */
export const rubricV21: Rubric = {
  ...rubricV20,
  version: '21',
  phrases: phrasesV21,
  otherSubjectU1: true,
  byMeansU1: true,
  forThatPleaseU2: true,
  partyQuestionU3: true,
  offerCommaU6: true,
  otherPartyContactU6: true,
};

// ---- Rubric v22: a twenty-first round of sessions (blocks V1-V6, each deriving from the one before) ----------------
// V1: (test/twenty-first-round-widenings.test.ts)
const phrasesV22V1 = block(phrasesV21, (v22) => ({
  // Narrowings only: each one a near miss that a v21 widening (or a core alternative) caught, the case it fixes named
  // first and, in brackets, the case it must still catch.
  // "yes thanks so much, thats it for the heating but is there help w the water bill too?" asks on in the same sentence:
  // no "I'm done" (LIHEAP and fare-card cases) ["yes thanks so much, thats it", still done]
  patronDone: v22.widen('patronDone', [[2, r`[ ,.!]*thats it\b`, r`(?![^.!?]*\b(?:but|and|also|plus)\b[^.!?]*\?)`]]),
  // "Is there anything else on the bill you don't recognize?" asks about the bill, not whether the patron needs anything
  // else (electric bill case) ["Is there anything else you need help with on the bill?", still asks]
  anythingElse: v22.widen('anythingElse', [
    [0, r`(?:else|more|further|additional)\b(?! (?:`, r`(?:on|in) (?:the|your|this|that) (?:[a-z]+ )?(?:bill|bills|statement|invoice|letter|notice|receipt|account) (?:that )?(?:you|u) (?:dont|do not|didnt|did not|cant|cannot) (?:recognize|recognise|understand|know)|`],
  ]),
  farewell: v22.widen('farewell', [
    // U1's "have a sweet day / evening…" only when no other word follows the time word ("many people have a sweet
    // evening snack", "kids who have a sweet morning routine": diabetes and toddler cases) ["Have a sweet evening!",
    // "have a sweet day and thanks"]
    [2, r`sweet(?= (?:day|evening|afternoon|morning|night|weekend|one|holiday|holidays)`, r`(?! (?!(?:and|ahead|all|everyone|too|now|to|x)\b)[a-z])`],
    // U5's "Look after yourself!" not as what a book or guide is about ("Chapter 3 … is about how to look after
    // yourself!": caregiver case) ["Look after yourself!"]
    [43, r`(?<=\blook after yourself)`, r`(?<!\b(?:how to|ways to|way to|about|learn to|learning to|tips on|tips for) look after yourself)`],
  ]),
  // v1's "come back anytime" not when the patron comes back to a billing plan, a rate or a program ("you can come back to
  // the standard plan anytime": standard plan case) ["Feel free to come back to the chat anytime!"]
  inviteBack: v22.widen('inviteBack', [[0, r`link|form|catalog|list|step|box|field|homepage`, r`|plan|rate|tariff|billing|program|programme|option|route|dose|medication|diet`]]),
  // U1's sign-on "(connected | talking | speaking | chatting) to/with the … center" only with the patron as its present
  // subject ("I see you were speaking with the business center earlier.": business center case) ["Hi! You're now
  // connected with the Business Center at Queens Public Library."]
  selfAffiliation: v22.widen('selfAffiliation', [[3, r`you are chatting with|`, r`(?:youre|you are|u are|youve been|you have been|youll be|you will be|now|currently) `]]),
  completeness: v22.widen('completeness', [
    // U2's "did you get online?" not after a clause about another time ("When you tried the laundromat wifi last week,
    // did you get online ok?": laundromat case) ["So did you get connected now?", "Did you get online ok?"]
    [3, r`(?:online|connected|back online)`, r`(?<!\b(?:when|while|before|after|once|last (?:time|week|night|month)|yesterday)\b[^.!?]{0,80}?\bdid (?:you|u) get (?:online|connected|back online))`],
    // U2's "did … let you book it?" not about the patron's old library ("Did your old library let you renew it?": Libby
    // case) ["Did the reservation page let you book it?"]
    [102, r`|let (?:you|u) (?:book|reserve|borrow|renew|print|download|place|check out)(?: (?:it|them|one|that|this|the hold))?`, r`(?<!\bdid (?:your|ur) (?:old|previous|former|last|other|home|usual|school)\b[^?]{0,40})`],
    // v1's "did … help" not about another time ("Did the nurse line help you last time you called?": nurse line case)
    // ["Did the MedlinePlus page help?"]
    [0, r`help(?<!\b(?:need|needs|needed|want|wants|wanted) help)`, r`(?!(?<=\bdid [^?.!]{0,60})[^?.!]*\b(?:last time|the last time|in the past|back then|last (?:week|month|year|winter|summer))\b)`],
  ]),
  dismissalHard: v22.widen('dismissalHard', [
    // v1's "your time is up" not after a span of days ("after 60 days your time is up to dispute the charge": dispute
    // case) ["Sorry, your time is up, I have to end the chat now."]
    [0, r`(?<!\b(?:when|once|after|until|till|if|before|whenever) (?:your|the|our) time (?:is|has) [a-z]+(?: out)?)`, r`(?<!\b(?:after|within|once|in) (?:\d+|a|one|two|three|thirty|sixty|ninety) (?:days?|weeks?|months?|years?) (?:your|the|our) time (?:is|has) [a-z]+(?: out)?)`],
    // "please keep it to 15 minutes" not as a condition about a queue for equipment ("so if there's another patron
    // waiting, please keep it to 15 minutes": scanner case) ["Sorry, we have to keep it to 10 minutes, so I'm ending this chat."]
    [27, r`\b(?:keep|limit)\b`, r`(?<!\b(?:if|when|whenever) (?:theres|there is|there are|someone|anyone|somebody|another|other|others)\b[^.!?]{0,60})`],
    // U3's "that's enough for one session" only with the chat's questions in the sentence ("10 minutes of these is plenty,
    // that's enough for one session": knee case) ["You've asked a lot of questions, that's enough for one session."]
    [50, r`(?:chat|session`, r`(?<=\b(?:questions?|asked|asking|ask|chat|chatting)\b[^.!?]*? session)`],
    // U4's "the session has reached its time limit" not in a clause of when or if ("when the timer shows 0:00 the session
    // has reached its time limit and logs out": PC case) ["This chat session has reached its time limit and will now be
    // closed."]
    [51, r`\b(?:reached|exceeded)`, r`(?<!\b(?:when|whenever|if|once|after|until|before)\b[^.!?;]{0,80})`],
    // U7's "gone past our 30 minute limit, so I'll…" only when what follows ends the chat ("we're going over the 30 minute
    // limit, so I'll add another half hour to your booking": study room case) ["We've gone past our 20 minute limit, so
    // I'm closing the chat now."]
    [52, r`we need to|we have to)\b`, r`(?:(?: (?:have to|need to|must|going to|gonna|now|just|also|be))* (?:end|ending|close|closing|wrap|wrapping|stop|stopping|finish|finishing|sign off|signing off|log off|logging off|let you go|letting you go|disconnect|disconnecting|say goodbye|leave|leaving|go)\b)`],
  ]),
  // U2's "the portal will email you a reset link" not when the same sentence goes on to the provider's own promise ("…,
  // and I'll also email you the rate history by Thursday": portal case) ["the portal will email you a reset link within
  // a few minutes", still no promise]
  // U7's "another patron waiting" not inside a condition ("It's first come first served, so if there's another patron
  // waiting, please keep it to 15 minutes.": scanner case) ["I have another patron waiting, so I will let you go now."]
  othersWaiting: v22.widen('othersWaiting', [[7, r`(?! (?:for|on)\b)`, r`(?<!\b(?:if|when|whenever|unless|in case)\b[^.!?]{0,30}\banother [a-z]+ (?:who is |that is |is )?waiting)`]]),
  notPromise: v22.widen('notPromise', [[19, r`(?<!\b(?:ill|i will|we will|well)\b[^.!?]{0,80}?)`, r`(?![^.!?]*\b(?:ill|i will|we will|well|i shall|im going to|i am going to) (?:also |then |still )?(?:email|e mail|send|text|call|get back|follow up|look|find|check|contact)\b)`]]),
}));
// V2: (test/twenty-first-round-civic.test.ts)
const phrasesV22V2 = block(phrasesV22V1, (v22) => ({
  // "Send your request to the Police Department's PIA representative at pia@…" (public-records case) is advice to the
  // patron, no promise: v3's passing-on alternative took any sentence-opening "send / forward / pass / refer your
  // request" for the provider's own act; the bare verb opening a sentence is the imperative [not "Forwarding your
  // question to our law librarian now", "Sent your request to the team", "I'll send your request to …": still promises]
  followupPromise: v22.widen('followupPromise', [[6, r`|(?<![a-z0-9] )`, r`(?!(?:send|forward|pass|refer) )`]]),
  // "The Pima County Health Department can transcribe them: 3950 S Country Club Rd, …" (vaccine record case) points the
  // patron to the department as v3's "can take your application" does (only after can / could, and only before the
  // records: them, it, your, the) [not "The school nurse will transcribe them onto the enrollment form.", what the nurse
  // does with them; nor "Can you transcribe them yourself?", asked of the patron]
  referralCanHelp: v22.plus('referralCanHelp', r`\btranscribe\b(?<=\b(?:can|could) (?:also )?transcribe)(?= (?:them|it|your|the|her|his)\b)`),
  // "Also, forward your question to the Housing Authority at 410-…" tells the patron to write to the agency, as v10's
  // "send your question to the Register's office" does (the same guard: not "to us / me / our / this"; the provider's
  // own "I'll forward your question to…" stays SELF_BEFORE's, and "Forwarding your question to our law librarian" is no
  // bare "forward") ["Forward your question to us here at the chat anytime"]
  referralVerb: v22.swap(
    'referralVerb',
    20,
    r`\b(?:send|forward)\b(?= (?:your|the|a|an) (?:question|questions|query|inquiry|enquiry|request|complaint|letter|message) to (?!(?:us|me|our|this)\b)[a-z])`,
  ),
  // "Send your request to the county's records custodian at records@…" (public-records case): a records custodian is the
  // office's officer for requests, a party as v9's assessors and treasurers are (keyed on "custodian", only after
  // "records") ["The county is the custodian of those deeds.", no referring verb and no records custodian]
  referralParty: v22.widen('referralParty', [[2, r`|tax collectors?`, r`|custodians?(?<=\brecords? custodians?)`]]),
}));
// V3: (test/twenty-first-round-research.test.ts)
const phrasesV22V3 = block(phrasesV22V2, (v22) => ({
  completeness: v22.widen('completeness', [
    // "Does the 2013 set work for now?", "Does the 1921 and 1925 info help for now?" (state projections, city directory
    // cases): a year (or two) and at most one word before "work / help for now", as v12's "Does the list work for now?"
    // (years 1600-2099 only) ["Does the 10:30 slot work for now?", a time for an appointment]
    [146, r`(?:[a-z][a-z0-9.-]{1,24} ){0,2}?`, r`(?:(?:1[6-9]|20)\d\ds? (?:(?:and|&|or|to|through) (?:1[6-9]|20)\d\ds? )?(?:[a-z][a-z0-9.-]{1,24} )?)?`],
    // "Nice! Did you find the ones you need?" after the digitised papers (1911 flood case), as v1's "Did you find what you
    // need?"; only when the question ends on the need ["Did you find the ones you needed at the branch before?", the
    // patron's past]
    [3, r`(?:what|everything|all|`, r`the (?:ones?|articles?|records?|pages?|issues?|maps?|reports?|tables?|files?)(?= (?:you|u) (?:need|needed|want|wanted|were after|were looking for)[ !.]*\?)|`],
  ]),
  // "I've already spent 25 minutes on this, which is more than we give one question, so I'm ending the chat here."
  // (trademark case): the time the provider gave as the reason the chat ends, as v21's "we've gone past our 15 minute
  // limit, so I'm ending the chat" ["I've spent 25 minutes on this and found the strike issues, so I'm ending my search
  // here:" ends the search, not the chat]
  dismissalHard: v22.plus(
    'dismissalHard',
    r`\bspent\b(?<=\b(?:ive|i have|weve|we have) (?:already |now |just )?spent)(?= (?:(?:over|more than|about|nearly|almost) )?(?:(?:\d+|ten|fifteen|twenty|twenty five|thirty|forty|forty five)[ -]?(?:minutes|mins|min)|(?:an|one|half an) hour) on (?:this|your (?:question|request|search|research))\b[^.!?]{0,80}?\bso (?:im|i am|ill|i will|i have to|i need to|i must|well|we will|we need to|we have to) (?:going to |gonna )?(?:end|ending|close|closing|stop|stopping|wrap up|wrapping up) (?:the|this|our) (?:chat|session|conversation)\b)`,
  ),
}));
// V4: (test/twenty-first-round-endings.test.ts)
const phrasesV22V4 = block(phrasesV22V3, (v22) => ({
  othersWaiting: v22.plus(
    'othersWaiting',
    // Closing time as the reason the help stops: "We close in five minutes, so I can't get into that tonight. Bye.",
    // "It's almost 8 and we're closing, so I'll end our chat here. Bye" (closing time short cases) read as the queue does,
    // so they fail only when no way back is offered and the help does not go on (keyed on close / closes / closing; the
    // library, branch, chat or "we" closing, in minutes, now, soon or for the night, then "so / and" and the provider
    // unable or obliged to stop, or ending; no "but" after it in the sentence, and no reopening, "tomorrow", "again" or
    // "later" after it in the message, a way back the queue's words may not know: v8's "…so I need to wrap up for
    // tonight. Chat reopens at 9 am and we would be glad to keep going with you then.") ["We close in 10 minutes, so I
    // can't place the hold for you tonight, but you can do it yourself at lakeshorelib.org/holds.", the help goes on;
    // "The branch closes in 5 minutes, so you can't pick it up today", the patron's errand; "our chat closes in 5
    // minutes, so I'll have to stop here tonight. Please come back…", a way back; "…so I have to stop here. The chat opens
    // again at 10 tomorrow…", a way back in other words]
    r`\b(?:close|closes|closing)\b(?<=\b(?:we|were|we are|library|branch|chat|service|desk|building|(?:library|branch|chat|service|desk|building) is) (?:close|closes|closing))(?=(?: in (?:\d+|a few|a couple(?: of)?|two|three|four|five|ten|fifteen) ?(?:min|mins|minutes)\b| (?:now|soon|shortly|up)(?: for the (?:night|day|evening))?| for the (?:night|day|evening))?[,;]? (?:so|and) (?:i|we|ill|i will|well|we will) (?:cant|cannot|can not|have to|need to|must|wont|will not|(?:wont|will not) be able to|am not able to|are not able to|end|close|stop|wrap up|sign off|log off)\b(?![^.!?]*\bbut\b)(?!.*\b(?:reopen|reopens|reopening|opens again|open again|tomorrow|again|later)\b))`,
    // "We need to keep chats short, so I will end it here." (short chats case): the service's rule as the reason the help
    // ends, as the queue is (keyed on short; only when the sentence goes on "so / and I … end / stop / wrap / leave")
    // ["We try to keep chats short, but take all the time you need with the catalog."]
    r`\bshort\b(?<=\b(?:we|i) (?:need|have|try|like|want|are supposed|am supposed) to keep (?:chats|chat sessions|sessions|these chats|the chats|our chats|things|it|this) short)(?=[,;]? (?:so|and) (?:i|we|ill|i will|well|we will|im going to|i am going to|ill have to|i have to|i need to|i must|we have to|we need to) (?:end|close|stop|wrap|leave|sign off|log off|let you go)\b)`,
  ),
  // "We're closing up for the night, so I'll have to sign off. Good night!" (sign-off short case): the provider leaving in
  // the future tense, as v1's "I have to sign off" (keyed on sign / log off; "I'll / we'll have to / need to sign off",
  // "I'll be logging off"; not when a time follows) ["I'll have to sign off at 6, but we have plenty of time to finish
  // this.", a time and the help going on; "You'll have to log off and sign back in", the patron's]
  dismissalConvenience: v22.plus(
    'dismissalConvenience',
    r`\b(?:sign|log|signing|logging) off\b(?<=\b(?:ill|i will|well|we will) (?:(?:have|need) to (?:sign|log)|be (?:signing|logging)) off)(?! (?:at|in|after|around|by|when|once|soon|before|until)\b)`,
    // "I'm wrapping up for the day, so that'll have to be it. Bye!" (wrapping up case): the provider's day ending the
    // help, as v1's "my shift is over" (keyed on wrapping; the provider or "we" as subject) ["The kids' program is
    // wrapping up for the day, so the room is free after 4.", a program]
    r`\bwrapping up for the (?:day|night|evening)\b(?<=\b(?:im|i am|were|we are)(?: (?:just|now|already))? wrapping up for the (?:day|night|evening))`,
  ),
  // the patron's "great, i think that answers all my questions" (answers-all case) says they are done, as "no more
  // questions" (keyed on questions; not with "but / except" after it) ["that answers all my questions about the bins, but
  // what about leaf mold?", more to ask]
  patronDone: v22.plus(
    'patronDone',
    r`\bquestions\b(?<=\b(?:answers|answered|covers|covered|takes care of|took care of|clears up|cleared up) (?:all|all of|every one of|each of) my questions)(?![^.!?]*\b(?:but|except|apart from|other than)\b)`,
  ),
  // "Pleasure chatting with you!" as the provider's last words is a parting formula that says goodbye, as v1's "take care"
  // (keyed on pleasure; ending the sentence or with "!") ["It would be a pleasure working with you on the grant next
  // month.", a plan]
  farewell: v22.plus('farewell', r`\bpleasure (?:chatting|talking|speaking|working) (?:with )?(?:you|u)\b(?=[ !.,]*$|!)`),
  // "That's a lot of questions for one chat! Try Google for the rest." (too many questions case) tells the patron they
  // asked too many, as U3's "that's enough for one chat" (keyed on questions; only "for one / this chat, session")
  // ["That's a lot of questions for one essay!", the patron's assignment]
  dismissalHard: v22.plus(
    'dismissalHard',
    r`\bquestions\b(?<=\b(?:thats|that is)(?: quite| really)? (?:a lot of|too many|so many|lots of|a ton of|plenty of|a bunch of|many) questions)(?= for (?:one|a single|this|a|one single) (?:chat|session|conversation)\b)`,
  ),
  // "Looks like the chat dropped on your end. Closing this one out." (dropped chat case): a subjectless "closing this one
  // out" says the session will end, as v19's "I'm closing it out" (keyed on closing; not after you / they / is, nor
  // "out of") ["Are you closing this one out on your side?", the patron's]
  willEnd: v22.plus(
    'willEnd',
    r`\bclosing (?:this|it|this one|this chat|this session) out\b(?<!\b(?:you|youre|you are|they|theyre|they are|he|she|its|it is|is|are|for|after|before|about) closing (?:this|it|this one|this chat|this session) out)(?! of\b)`,
  ),
  // "It seems like you've stepped away. I'm going to go ahead and end this chat, but you're welcome to start another
  // one!" (stepped away case) invites back, as v1's "start a new chat" (keyed on another; "one" only after "welcome /
  // free to start") ["Start another one of the practice tests after this", not a chat]
  inviteBack: v22.plus(
    'inviteBack',
    r`\banother (?:chat|chat session|session)\b(?<=\b(?:start|open|begin) another (?:chat|chat session|session))`,
    r`\banother one\b(?<=\b(?:welcome|free) to (?:start|open|begin) another one)(?! of\b)`,
  ),
  // "Let me see if our youth services librarian is free to take this" (youth services transfer case) tells the patron of
  // the transfer, as "my colleague will…" (keyed on free / available; a librarian, colleague or specialist free to take
  // this or take over) ["I'll check if our genealogy librarian is available to take a look at the scan", a consultation]
  transferNotice: v22.plus(
    'transferNotice',
    r`\b(?:free|available)\b(?<=\bif (?:our |my |a |the |one of our |another )?(?:[a-z]+ ){0,3}(?:librarian|colleague|specialist|staff member|expert|coworker)s? (?:is|are) (?:free|available))(?= to (?:take|pick up|take over) (?:this|it|this one|your (?:question|chat)|the chat|over)\b)`,
  ),
}));
// V5: (test/twenty-first-round-messy.test.ts)
const phrasesV22V5 = block(phrasesV22V4, (v22) => ({
  // "any other q's?" (chat-speak: "q's" normalises to "ques", as "q" does to "que") asks for more, as "any other
  // questions?" does ("any other q's?" case) [a statement, "There aren't any other q's on that practice test", asks
  // nothing: anythingElseAt wants a question]
  anythingElse: v22.widen('anythingElse', [[3, r`(?:questions?`, r`|ques`]]),
  patronDone: v22.widen(
    'patronDone',
    // the patron's "no more q's, thx!" ("no more ques") as "no more questions" ["no more q's on my list except the parking
    // one": the alternative's own lookahead]
    [[4, r`(?:questions?|qs`, r`|ques`]],
    // "that was my last question, thank you" says the patron is done, as v11's "that was my only question" (only at the
    // end or before thanks / bye) ["that was my last question on the form, what goes on line 4?", which goes on]
    r`\blast question\b(?<=\b(?:that|this|it|thats)(?: was| is| were)? my last question)(?=[ ,.!]*(?:$|thank|thanks|thx|ty|cheers|bye))`,
  ),
}));
// V6: (test/twenty-first-round-voices.test.ts)
const phrasesV22V6 = block(phrasesV22V5, (v22) => ({
  // "Which school are you at? That decides which databases you can get into." (Kent State case) names no database, as
  // "the right databases" names none: "which / what / whichever databases" join the words before "databases" that make it
  // no source (so the question before it clarifies) ["Not sure which databases to try? Your library's databases page
  // lists them by subject.", the page still a source]
  namedResource: v22.widen('namedResource', [[0, r`|the right|the best`, r`|which|what|whichever`]]),
  completeness: v22.widen('completeness', [
    // "Did you find the one you remember?" after the HathiTrust record (church cookbook case) asks whether what was given
    // is what the patron wanted, as "Did you find what you needed?" does; only "did you find the one you remember /
    // meant / wanted / were looking for" ending the question ["Did you find the one you remember at an estate sale, or
    // was it your mother's?", about the patron's past]
    [3, r`(?:what|everything|all|`, r`(?<=\bdid (?:you|u) find )the one(?= (?:you|u) (?:remember|remembered|meant|wanted|had in mind|were looking for|were thinking of|were after)[ !.]*\?)|`],
    // non-native "The property card is helpful for now?" (house history case), as v12's "This information is useful?":
    // a record, card, article, entry, map, photo or index named (one word before it at most), and "for now / so far"
    // before the "?" ["The property card is helpful for now, and I will ask Bellingham about the directory.", a
    // statement: the "?" must follow]
    [98, r`|resource`, r`|(?:[a-z]+ )?(?:card|cards|record|records|article|articles|entry|entries|map|maps|photo|photos|index)`],
    [98, r`(?=(?: (?:for|to) (?:you|u))?`, r`(?: (?:for now|so far|for the moment))?`],
  ]),
  // "Nice chatting with you! 😊" as the provider's last message says goodbye, as v1's "lovely chatting with you, take
  // care" did through its "take care" (keyed on "chatting"; only ending the sentence or before "!") ["It was nice
  // chatting with you last week about the census; did the microfilm arrive?"]
  farewell: v22.plus(
    'farewell',
    r`\bchatting\b(?<=\b(?:nice|lovely|great|good|fun|a pleasure|a joy) chatting)(?= with (?:you|u|ya)(?: (?:today|tonight|this evening|this morning|this afternoon))?(?:[ .,]*$|!))`,
  ),
}));

// V7: the merge's (test/twenty-first-round-merge.test.ts)
// v13's block N4 widened `questionOpening`'s first alternative with "(?=[,.;!]| so\b| and\b| but\b|$)" written through a
// script that turned each "\b" into a backspace character, so the three words never matched and "We're the county
// library so we only lend to residents." read as a question ("were the …?") that asked about the need, passing
// `inquiry.clarify` (v13-v21 keep the bytes, so their scores stay reproducible). v22 reads them as the word boundaries
// meant ["We're the county library?" and "were the library and the archive both closed monday?" still ask].
const phrasesV22V7 = block(phrasesV22V6, (v22) => ({
  questionOpening: v22.swap('questionOpening', 0, phrasesV22V6.questionOpening[0]!.replaceAll('\x08', '\\b')),
}));

// V8: a second wave, narrowings only (test/twenty-first-round-endings-checked.test.ts)
/** (V8) The provider carrying the help on by e-mail after the subject: "(I'll) also email you", "(we will) get back to you". */
const EMAILS_YOU_V8 = r`(?:also |then )?(?:email|e mail|send|mail|text|get back to|follow up with|contact) you`;
const phrasesV22V8 = block(phrasesV22V7, (v22) => ({
  // Narrowings only, each of a first-wave widening that caught a sentence RUBRIC.md's literal text decides otherwise: the
  // case it fixes first and, in brackets, the near miss it must still catch.
  othersWaiting: v22.widen('othersWaiting', [
    // V4's closing time: a way back offered in other words than "reopen / tomorrow / again / later" ("We close in 10
    // minutes, so I can't dig any further tonight. Message us Saturday from 9 and whoever is on can pull the 1924 reel":
    // permit cards case) ["We close in 10 minutes, so I can't finish this tonight. Have a great Saturday!", a day with no
    // way back]
    [8, r`(?:reopen|`, r`message us|when we open|we open at|open at|opens at|in the morning|(?:on|from|this|next|after|by) (?:mon|tues|wednes|thurs|fri|satur|sun)day|`],
    // V4's short-chat rule: not when the same sentence carries the help on by the provider's e-mail ("We need to keep
    // chats short, so I'll stop here and put the rest of the list in an email to you by Thursday": reading list case)
    // ["We have to keep chats short, so I'll end it here."; "…, so I'll stop here and you can email the county clerk at …",
    // no promise]
    [9, r`|let you go)\b`, r`(?![^.!?]*\b(?:(?:ill|i will|well|we will) ${EMAILS_YOU_V8}|(?:put|send) (?:the rest|it|them|this)[^.!?]{0,30}\bin an? (?:email|e mail) to you)\b)`],
  ]),
  dismissalConvenience: v22.widen('dismissalConvenience', [
    // V4's "I'll have to sign off / I'll be logging off": not "pretty soon / shortly" nor "for a couple of minutes" (a
    // time, or a hold: "I'll have to sign off pretty soon, so let's get the form sorted first: …", "I'll be logging off for
    // a couple of minutes to grab it from the back, hang tight!") ["I'll have to sign off for the night. Bye!"]
    [49, r`(?! (?:`, r`(?:pretty|very|real|quite) soon|shortly|for (?:a |an |just a |a few |a couple of |a couple |two |five )?(?:minute|minutes|mins|moment|sec|secs|second|seconds|bit)|`],
    // V4's "I'm wrapping up for the day": not with a time after it ("I'm wrapping up for the day in about 10 minutes, so
    // let's get you sorted: …": museum pass case) ["I'm wrapping up for the day. Bye!"]
    [50, r`(?:day|night|evening)\b`, r`(?! (?:in|at|soon|shortly|after|around|by)\b)`],
  ]),
  dismissalHard: v22.widen('dismissalHard', [
    // V3's "I've spent N minutes on this, so I'm ending the chat": not when the same sentence carries the help on by
    // e-mail or to a colleague ("…, so I'm ending the chat here, and I'll email you what I find … by Wednesday": deed chain
    // case; "…, so I'm closing the chat now and passing it to our local history librarian, who will email you by
    // Friday": covered bridge case) ["I've spent twenty minutes on this so I'm ending the chat. Good luck.", "…, so I'm ending
    // the chat; follow up with the county recorder if you need more."]
    [53, r`(?:the|this|our) (?:chat|session|conversation)\b`, r`(?![^.!?]*\b(?:(?:ill|i will|well|we will|who will|wholl|she will|shell|he will|hell|they will|theyll) ${EMAILS_YOU_V8}|passing (?:it|this|your question) (?:on )?to)\b)`],
    // V4's "That's a lot of questions for one chat": not when the sentence goes on to take them on ("…, but no problem,
    // let's go one by one": new arrival case) ["That's too many questions for one chat session. Please pick one.",
    // "That's a lot of questions for one chat, so I'll answer the first and you can start a new chat for the others."]
    [54, r`(?:chat|session|conversation)\b`, r`(?![^.!?]*\b(?:but|no problem|no worries|happy to|glad to|lets|let us)\b)`],
  ]),
  // V4's "start another chat": not a chat on another service's page ("The law library runs its own chat, so you'd need to
  // start another chat on their page, lawlib.example.edu/ask.": law library case) ["If the scan doesn't come through,
  // start another chat and mention ticket 4471.", still an invitation back]
  inviteBack: v22.widen('inviteBack', [
    [31, r`(?:chat|chat session|session)\b`, r`(?! (?:on|at|with|through|via) (?:their|the (?:[a-z]+ ){0,2}(?:library|librarys|office|department|site|page|website))\b)`],
  ]),
  // V4's "answers all my questions": not as a hope or a condition about something still to come ("hopefully the
  // landlord's letter answers all my questions lol": deposit case) ["ok that pretty much answers all my questions,
  // thanks!"]
  patronDone: v22.widen('patronDone', [
    [59, r`my questions)`, r`(?<!\b(?:hopefully|hope|hoping|if|once|when|until|maybe|might|will|should|would)\b[^.!?]{0,40}\b(?:answers|answered|covers|covered|takes care of|took care of|clears up|cleared up) (?:all|all of|every one of|each of) my questions)`],
  ]),
}));
// V9: a second wave, narrowings only (test/twenty-first-round-questions-checked.test.ts)
/**
 * (V9) A time or place of the patron's own past before "did you find" in the sentence ("last weekend", "on Monday", "at
 * the Eastgate branch earlier"): the patron's own errand, not what was given ("When you looked at the link, did you find
 * …?" has none and still asks).
 */
const ERRAND_V9 = r`(?<!\b(?:earlier|yesterday|last (?:time|week|weekend|night|month|year)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this morning|at the (?:[a-z]+ )?(?:branch|library|office|archives?|courthouse|store|sale|shop))\b[^.!?]{0,80}?\bdid (?:you|u) find )`;
/** (V9) Month names: "the April 2026 week" is a date, not a year's set of records. */
const MONTH_V9 = r`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)`;
const phrasesV22V9 = block(phrasesV22V8, (v22) => ({
  // Narrowings only: each one a near miss that a first-wave widening caught, the case it fixes named first and, in
  // brackets, the case it must still catch.
  completeness: replaced(
    146,
    // V3's year before "work / help for now" not after a month nor before a booking word ("Does the April 2026 week work
    // for now?": reading-room case) ["Does the 1940 sheet help for now?", "Does the 2013 set work for now?"]
    phrasesV22V8.completeness[146]!.replace(
      r`(?:(?:1[6-9]|20)\d\ds? (?:`,
      r`(?<!\b${MONTH_V9} )(?:(?:1[6-9]|20)\d\ds? (?!(?:week|weeks|weekend|slot|slots|appointment|date|dates|time|visit|booking|session|opening|openings)\b)(?:`,
    ),
    v22.widen('completeness', [
      // V6's "did you find the one you remember?" not after a clause of another time or place ("When you went through
      // her boxes last weekend, did you find the one you remember?", "Oh, and at the Eastgate branch earlier, did you find
      // the one you were thinking of?": quilting and Chicago manual cases) ["Did u find the one you remember?"]
      [3, r`(?<=\bdid (?:you|u) find )`, ERRAND_V9],
      // V3's "did you find the ones you need(ed)?" likewise ("When you were at the Register of Deeds on Monday, did you
      // find the ones you needed?": plat maps case) ["Did you find the ones you need?" after the yearbook links]
      [3, r`were thinking of|were after)[ !.]*\?)|`, ERRAND_V9],
    ]),
  ),
  // V5's "last question" not when the sentence goes on to ask ("this is my last question, thanks for your patience: is
  // there a fee for ILL?": ILL case) ["that was my last question, thx so much"]
  patronDone: replaced(
    60,
    phrasesV22V8.patronDone[60]! + r`(?![^?]*\?)`,
    v22.widen('patronDone', [
      // "no more q's / questions after this one" announces one more question ("ok no more q's after this one i promise:
      // can i print from my phone there?": study room case) ["no more q's, ty!!"]
      [4, r`(?:questions?|qs|ques|que|doubts?|queries|query|help)\b`, r`(?! (?:after|besides|except|apart from|other than) (?:this|that|these|the|my)\b)`],
    ]),
  ),
  // "Does the worksheet have any other q's like that one?" asks about the homework, not whether the patron needs anything
  // else (Erie Canal case) ["any other q's?", "Any other questions?"]
  anythingElse: v22.widen('anythingElse', [
    [3, r`\b(?:any|other|more|further|additional|another)`, r`(?<!\b(?:worksheet|packet|assignment|quiz|test|exam|homework|handout|form|sheet|chapter|lab|study guide) (?:have|has|got|include|includes|ask|asks|list|lists) (?:any (?:other|more|further|additional)|any|other|more|further|additional|another))`],
  ]),
  // V7's "We're the library and …" statement not when the "and" joins a second subject of a question ("were the library
  // and the bookstore both out of it when u looked": summer reading case) ["We're the public library, and your school
  // library runs its own system."]
  questionOpening: v22.swap(
    'questionOpening',
    0,
    phrasesV22V8.questionOpening[0]!.replace(r`| and\b|`, r`| and\b(?! (?:the|a|an|your|ur|my) (?:[a-z-]+ ){0,3}?(?:both|all|each)\b)|`),
  ),
}));

const phrasesV22: RubricPhrases = phrasesV22V9;

/** Rubric v22: v21 with the phrase families and settings of a twenty-first round of sessions (blocks V1-V6, and V7 the merge's). */
export const rubricV22: Rubric = {
  ...rubricV21,
  version: '22',
  phrases: phrasesV22,
  otherPartyOrV1: true,
  resourceClauseV1: true,
  offerCommaDoesV1: true,
  hopeAskedV6: true,
  purposeLeadInV3: true,
  purposeSubjectV9: true,
  contactElsewhereV9: true,
  ownGuideV9: true,
  reportNotOfferV9: true,
  hopeReportV9: true,
};

// ---- Rubric v23: a twenty-second round of sessions (blocks X1-X6, each deriving from the one before) --------------
// X1: (test/twenty-second-round-left-early.test.ts)
const phrasesV23X1 = block(phrasesV22, (v23) => ({
  completeness: v23.widen('completeness', [
    // the transposed "htat" beside v8's "tht / thta / taht" ("Does htat answer your quesiton?": eleventh round's beekeeping
    // case) ["Does that hat fit?", no "htat"; "htat" never opens anything but a typo]
    [0, r`(?:tht|dat|thta|taht|`, r`htat|`],
    // "Is this clear enough to read on your screen?" asks about the print, not what was given (thirteenth round's talking
    // books case) ["Is that clear enough, or should I go over the steps again?", "Is this clear?" still ask]
    [1, r`useful|clear`, r`(?!(?: enough)? (?:to (?:read|see)|on (?:your|ur|the|my) (?:screen|phone|monitor|display|tablet))\b)`],
  ]),
  // an unnamed database ("we have a genealogy database you can use in the building", "an opinion that's only on a
  // database"): a kind of resource, no named one (eleventh round's Sherbrooke case, tenth round's Bluebook restatement)
  // ["a genealogy database called HeritageQuest", "a newspaper database like ProQuest", "a legal database (Westlaw)" keep
  // their reading]
  namedResource: v23.widen('namedResource', [
    [0, r`\b(?:databases?`, r`(?!(?<=\b(?:a|an|another)(?: [a-z-]+){0,2} database)(?! (?:called|named|like|such as|by the name)\b| ?[,:(]))`],
  ]),
  // the service "Ask a Librarian Delaware" as the subject of its own verb ("…but Ask a Librarian Delaware stays staffed
  // overnight through the cooperative, just start a new chat": eleventh round's Lewes case) names the service, it sends the
  // patron to no one ["Ask a librarian at the Dover branch desk for the key.", "ask a librarian there, they're at 302-…"]
  referralVerb: v23.widen('referralVerb', [
    [3, r`|ask(?<!\b(?:the|with|from|via) ask)`, r`(?! a librarian(?: [a-z]+){0,2} (?:stays|is|are|runs|has|will|offers|answers|covers|takes|staffs)\b)`],
  ]),
}));
// X2: (test/twenty-second-round-left-middle.test.ts)
const phrasesV23X2 = block(phrasesV23X1, (v23) => ({
  // Each change names the LEFT case it fixes and, in brackets, the near miss it must not catch.
  // "I'll update you within a couple of minutes / within this chat": the update comes in the chat, a hold, no promise to
  // send more later (book club kits and Westgate storm cases, nineteenth round) ["I'll update you within 2 business days
  // at the address you gave", "I'll update you in a few minutes, and I'll email you the full list by Friday": promises]
  notPromise: v23.widen(
    'notPromise',
    [[4, r`|momentarily|right away`, r`|(?:with)?in (?:this|the) chat|(?:with)?in (?:a few|a couple(?: of)?|\d+|two|three|five|ten) (?:minutes?|mins?)`]],
    r`\bupdate (?:you|u)(?: here)? (?:(?:with)?in (?:(?:just |about )?(?:a|one|two|three|five|ten|\d+|a few|a couple(?: of)?) (?:minutes?|mins?|moments?|secs?|seconds?)|(?:this|the) chat)|here in (?:this|the) chat|right here in (?:this|the) chat)\b(?![^.!?]*\b(?:and|then|but|also) (?:ill|i will|well|we will|someone|they|she|he)\b)`,
  ),
  // "The Ojibwe word for hello is boozhoo": a greeting word talked about, not said (Leech Lake case, nineteenth round)
  // ["Hello! This is Wanda at the Leech Lake Tribal College Library.", "Hi, the word you want is boozhoo."]
  greeting: v23.widen('greeting', [
    [
      0,
      r`(?<!"[a-z]+)`,
      r`(?<!\b(?:word|words|term|terms|sign|signs|phrase|greeting|greetings|translation) for (?:hi|hello|hey|howdy|greetings|hola|bonjour|aloha))(?<!\bhow (?:to|do you|do i|would you|we) say (?:hi|hello|hey|howdy|greetings|hola|bonjour|aloha))`,
    ],
  ]),
  // "anything else by this author you liked?": the patron's taste, not an offer of more help (The Martian case, nineteenth
  // round) ["Anything else by her I can find for you?", "Anything else you'd like to know?"]
  // And "Anything eels I can help with?", a phone's autocorrect of "else" before an offer of help (Rochester autocorrect
  // case, eighteenth round) ["Is there anything eels eat in winter?", about eels]
  anythingElse: v23.widen(
    'anythingElse',
    [[0, r`(?:else|more|further|additional)\b(?! (?:`, r`(?:by|from) [^.!?]{1,40}? (?:(?:that )?(?:you|u) (?:liked|loved|enjoyed|have read|already read|like|love|enjoy)|(?:youve|uve) (?:read|liked|loved|enjoyed))|`]],
    r`\beels\b(?<=\banything eels)(?= (?:(?:that )?(?:i|we) (?:can|could|may|might) (?:help|do|find|look)|(?:you|u) (?:need|want|would like|wanted)|(?:for|with) (?:you|u|today)\b))`,
  ),
  // "So the landlord gave you a 30-day notice but you're on a yearly lease": the patron's situation restated (Madison
  // lease case, eighteenth round) ["So the library gives you three renewals, and you can renew online.", information;
  // "So the county sent you a notice but the office is closed", no situation of the patron's after "but"]
  restatement: v23.swap(
    'restatement',
    25,
    retext(phrasesV23X1.restatement[25]!, 
      r`)so)(?= `,
      r`)so)(?:(?= (?:the|your|ur) (?:[a-z]+ ){0,2}(?:gave|sent|served|handed|told|charged|denied|raised|cancelled|canceled|refused|fined) (?:you|u)\b[^.!?]{0,80}\b(?:but|and|while) (?:youre|you are|ur|youve|you have|you still|you already)\b)|(?= `,
    ) + ')',
  ),
}));
// X3: (test/twenty-second-round-left-late.test.ts): the twentieth and twenty-first rounds' left cases; each change names
// the case it fixes and, in brackets, the near miss it must not catch
/**
 * (X3) V4's closing time stood aside at any "tomorrow", "again" or "later" in the message, read as a way back; not when
 * the word is about something else: a due or expiry date ("the book is due tomorrow anyway"), an apology or thanks
 * repeated or a sentence opening "Again," ("Again, sorry I couldn't find it"), an item that shows up later ("the ebook
 * may show up later in Libby").
 */
const NOT_DUE_X3 = r`(?<!\b(?:due|due back|expires|expire|expiring|lapses|ends) tomorrow)`;
const NOT_SHOWS_X3 = r`(?<!\b(?:show up|shows up|showing up|turn up|turns up|appear|appears|reappear|reappears|arrive|arrives|pop up|pops up|sync|syncs|update|updates|load|loads) later)`;
const TOMORROW_X3 = r`tomorrow${NOT_DUE_X3}`;
const AGAIN_X3 = r`again(?<![.!?;:] again|\b(?:sorry|thanks|thank you|apologies|once) again)`;
const LATER_X3 = r`later${NOT_SHOWS_X3}`;
/** (X3) The sentence goes on helping after the provider's sign-off time ("…, but first here is the link", "…, so let's …"). */
const GOES_ON_X3 = r`(?![^.!?]*\b(?:but|first|before|so (?:lets|let us|let me|ill|i will|we can|quickly))\b)`;
const phrasesV23X3 = block(phrasesV23X2, (v23) => ({
  // V4's closing time: "tomorrow", "again" and "later" stand aside only as a way back ("We're closing now, so I can't
  // look into that tonight. The book is due tomorrow anyway. Bye.", "…so I have to stop. Again, sorry I couldn't find
  // it.", "…so I need to end the chat. The ebook may show up later in Libby.": V8's closing cases) ["…so I have to stop
  // here. Please try again tomorrow and we'll pick it up.", "…so I can't finish tonight. Do message us again on Monday.":
  // still ways back]
  othersWaiting: v23.swap(
    'othersWaiting',
    8,
    retext(phrasesV23X2.othersWaiting[8]!, r`|tomorrow|again|later)\b))`, r`|${TOMORROW_X3}|${AGAIN_X3}|${LATER_X3})\b))`),
  ),
  // v1's bare "later" and "tomorrow" as a way back, likewise (the same closing cases, whose message says goodbye by no
  // other way back) ["…so I need to end the chat. You can ask us later this week.", "…It's due tomorrow, so chat with us
  // again in the morning."]
  wayBack: v23.swap(
    'wayBack',
    4,
    retext(phrasesV23X2.wayBack[4]!, r`(?:you|u|ya) later)|tomorrow)\b`, r`(?:you|u|ya) later)${NOT_SHOWS_X3}|${TOMORROW_X3})\b`),
  ),
  // v1's "a second," as a hold: not after the provider's sign-off ("I'll have to log off in a sec, good luck with it!":
  // V8's sign-off case) ["Hi, Jo at Sample County Library. One second, please.", still a hold]
  hold: v23.swap('hold', 2, phrasesV23X2.hold[2]! + r`(?<!\b(?:sign|log|signing|logging) off in (?:one|a|1) (?:moment|minute|second)(?: please)?[.!,]?)`),
  // V4's sign-off: "at this point / at this time" and "in a sec / moment" are now, no later time ("I'll have to sign off at
  // this point. Bye.", "I'll have to log off in a sec, good luck with it!": V8's sign-off cases) ["I'll have to log off at
  // five, so let's get this sorted quickly: …", "I'll have to log off in a sec, but first here is the form: …", the help
  // going on]
  dismissalConvenience: v23.swap(
    'dismissalConvenience',
    49,
    retext(phrasesV23X2.dismissalConvenience[49]!, 
      r`|at|in|after|`,
      r`|at(?! (?:this|that) (?:point|time|stage)\b${GOES_ON_X3})|in(?! (?:a |just a |one )?(?:sec|secs|second|moment|jiffy)\b${GOES_ON_X3})|after|`,
    ),
  ),
  // "drop back in anytime" invites the patron back, as v1's "come back anytime" (keyed on drop; only before again /
  // anytime / whenever / later / soon) ("…so I'm going to let you go now, drop back in anytime for the others!": V8's
  // short-chat case) ["You can drop it in the returns box anytime.", the patron's book; "Drop back in the search box …"]
  inviteBack: v23.plus('inviteBack', r`\bdrop (?:back )?(?:in|by)\b(?= (?:again|anytime|any time|whenever|later|soon)\b)`),
  // v19's "I'll reply …" before "with <what> by <when>" promises to send more later ("…and I'll reply with the transcript
  // list by Friday, to lnovak@…": V8's oral histories case; only the provider's "I / we will") ["I'll reply with the link
  // in a sec.", in the chat; "the records office will reply with a quote by Friday", the agency's]
  followupPromise: v23.widen('followupPromise', [
    [
      16,
      r`(?= (?:to (?:you|u)\b|`,
      r`with (?<=\b(?:ill|i will|well|we will|i shall|we shall)(?: (?:then|also|personally|directly))? (?:reply|respond|write back) with )(?:[a-z0-9-]+ ){1,5}?(?:by|within|tomorrow|later today|early next|next week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|`,
    ],
  ]),
  // V2's "forward your question to X": "our" allowed before a team or office of the library with an address ("forward your
  // question to our ILL team at ill@…": V8's thesis case) ["Forward your question to our team here in the chat anytime",
  // the chat itself]
  referralVerb: v23.widen(
    'referralVerb',
    [
      [20, r`to (?!(?:us|me|our`, r`(?! (?:[a-z0-9-]+ ){0,3}?(?:team|department|dept|office|unit) at\b)`],
      // v12's "message / dm <party>" with "whatsapp" as the verb ("WhatsApp the Tamil Sangam on +91 98400 12345 to enrol":
      // U5's Tamil classes case) ["I can WhatsApp you the class list too if you like", the provider's]
      [9, r`\b(?:dm|inbox|message|`, r`whatsapp|`],
    ],
    // "Apply at <site>, or in person at the TriMet Ticket Office, 701 SW 6th Ave": the second way to apply is a visit to
    // the office (keyed on person; only "or in person at / to" after apply, renew, register… in the sentence, and no
    // negation before it) (V1's reduced fare case) ["You can't renew or pay in person at the branch anymore, only at
    // catalog.samplelib.org.", no visit; "She spoke about it in person at the Iowa City Book Festival", no applying]
    r`\bin person (?:at|to)\b(?<=\b(?:apply|applying|renew|renewing|register|registering|sign up|enroll|enrol|pay|paying)\b(?:[^.!?]|\.(?=[a-z0-9])){0,100}\bor in person (?:at|to))(?<!\b(?:cant|cannot|can not|dont|do not|no longer|not)\b(?:[^.!?]|\.(?=[a-z0-9])){0,100}\bin person (?:at|to))`,
    // "you'd need to start another chat on their page, lawlib.example.edu/ask": another service's chat is a party to
    // contact (gated on another; only on their / the library's, office's … page, as V8 keeps out of `inviteBack`) (V8's
    // law library case) ["If the file won't open, just start another chat and ask for Jo.", this service]
    r`\b(?:start|open|begin) another chat\b(?= (?:on|at|with|through|via) (?:their|the (?:[a-z]+ ){0,2}?(?:library|librarys|office|department|site|page|website))\b)`,
  ),
}));
// X4: (test/twenty-second-round-public.test.ts)
const phrasesV23X4 = block(phrasesV23X3, (v23) => ({
  // "Do you remember what it was called, or anything else that went in it?" asks what was in the recipe (jello salad
  // case): a question about the need, not whether the patron needs anything else, as v1's "anything else you remember"
  // already reads ("anything else that went / goes / went into it") ["Is there anything else that I can look up for
  // you?", still asks for anything else]
  anythingElse: v23.widen('anythingElse', [[0, r`|(?:i|we) (?:should|need to|ought to|must) know`, r`|(?:that|which) (?:went|goes|go) (?:in|into)\b(?: (?:it|them|the|that|this|there|her|his))?`]]),
}));
// X5: (test/twenty-second-round-academic.test.ts)
const phrasesV23X5 = block(phrasesV23X4, (v23) => ({
  // "Thanks! Searching Camosun's business databases now." (IBISWorld case) announces a look-up, as "Thanks, searching …"
  // does: v3's sentence-opening acknowledgement before "searching / checking / digging" may end on "!" as well as ","
  // ["Thanks! Searching by keyword works better than by title here.", the alternative's own "by" lookahead: advice]
  hold: v23.widen('hold', [[9, r`|thanks|thank you)`, r`!?`]]),
  completeness: v23.plus(
    'completeness',
    // "Is that more manageable?" after the narrowed discovery-layer search (80,000 results case) asks whether what was
    // given meets the need, as v12's "Is that workable?" does; only "is / does that (look) (more) manageable" as the whole
    // question ["I could split it into two searches. Would that be more manageable?", an offer not yet given]
    r`\bmanageable\b(?<=^(?:(?:ok|okay|so|and|great|there|now|better),? )?(?:is|does) (?:that|this|it) (?:(?:look|seem|feel) )?(?:(?:a (?:lot|bit|little) |much |way )?more )?manageable)(?: (?:now|for (?:you|u)))?[ !.]*\?`,
    // "Does that one fit?" after a pasted reference (burnout case) asks whether the article given is what the patron needs,
    // as v16's "Does that fit what you need?"; only as the whole question, or with the need, topic or assignment after it
    // ["There's also a Zotero workshop Thursday at 4. Does that fit your schedule?", the patron's time]
    r`\bfit\b(?<=^(?:(?:ok|okay|so|and|well),? )?(?:does|do|did) (?:that|this|it|that one|this one|these|those|they|either one|any of them|any of those) fit)(?: (?:the bill|your (?:topic|needs?|assignment|paper|project|question|search)|what (?:you|u) (?:need|needed|wanted|were looking for|had in mind)))?[ !.]*\?`,
  ),
  // "Ici Julien, bibliothécaire au service de clavardage de La Cité." (bilingual Ottawa college case) says who is
  // answering, as "bibliotecaria" does in Spanish: the French role word, read as v1's role words are (not in a question,
  // nor after a referring verb) ["Avez-vous demandé à un bibliothécaire de votre collège?", someone else]
  selfRole: v23.widen('selfRole', [[0, r`|bibliotecari[oa]s?`, r`|bibliothecaires?`]]),
}));
// X6: (test/twenty-second-round-spanish.test.ts) Spanish and bilingual sessions: the case each change fixes and, in
// brackets, the near miss it must not catch (each a case in the file).
const phrasesV23X6 = block(phrasesV23X5, (v23) => ({
  // "¿Es lo que necesitaban?" to a patron and her mother (switching languages case), "¿Es lo que quería?" (Jaime Saenz
  // case): the plural and "quería" as v1's "¿Es lo que buscaba?", only before a "?" (the alternative's own second branch)
  // ["Es lo que quería decirle: el formulario cambió este año.", a statement]
  completeness: v23.widen('completeness', [[14, r`que (?:buscaba|necesitaba|buscabas|necesitabas|`, r`buscaban|necesitaban|queria|querias|`]]),
  // "Mucho ánimo. Cuídense mucho." (legal aid case): the plural of v11's "cuídese", not before "de / del / con" ["Cuídense
  // de los notarios que ofrecen trámites migratorios.", a warning]
  farewell: v23.widen('farewell', [[11, r`|cuidese|`, r`cuidense(?! (?:de|del|con)\b)|`]]),
  // "Ya le contesté tres preguntas, es el límite por sesión." (Jaime Saenz case), as v15's "es el máximo por sesión" (keyed
  // on "límite"; only per chat, session, consultation or conversation) ["Ese es el límite por persona para los pases del
  // museo, así que puede pedir dos.", a limit of something else]
  dismissalHard: v23.plus(
    'dismissalHard',
    r`\blimite\b(?<=\b(?:es|ese es|eso es|ya es|llego al|llegamos al|alcanzo el|alcanzamos el) el limite)(?= (?:de (?:preguntas|consultas) )?por (?:chat|sesion|consulta|conversacion)\b)`,
  ),
  // "En cuanto sepa algo le aviso." (digital card case): the provider's own "le aviso" after a clause of when they learn
  // something, as v4's "le aviso mañana / en cuanto …" with the time after (keyed on "aviso") ["Cuando tenga su tarjeta
  // nueva, le aviso que el PIN son los últimos cuatro dígitos de su teléfono.", telling, not promising]
  followupPromise: v23.plus(
    'followupPromise',
    r`\baviso\b(?<=\b(?:en cuanto|cuando|apenas|tan pronto como) (?:sepa|tenga|encuentre|averigue|consiga|me (?:digan|contesten|respondan|confirmen))\b[^.!?]{0,40}?\b(?:le|te|les) aviso)(?! que\b)`,
  ),
  // "…; le avisarán por correo cuando llegue." (Madrid reserve case): the hold system's notice when the book arrives, as
  // v1's "when it arrives" (keyed on "llegue / disponible"), not after the provider's own "le aviso / le escribo …" ["Yo le
  // aviso por correo cuando llegue.", still a promise]
  notPromise: v23.plus(
    'notPromise',
    r`\b(?:llegue|lleguen|disponible|disponibles)\b(?<=\b(?:cuando|en cuanto|apenas|una vez que) (?:(?:el|la|los|las|su|sus) [a-z]+ )?(?:llegue|lleguen|este disponible|esten disponibles))(?<!\b(?:yo|le|te|les|se lo|se la) (?:aviso|avisare|avisaremos|escribo|escribire|escribiremos|llamo|llamare|llamaremos|mando|mandare|mandaremos|envio|enviare|enviaremos|contacto|contactare|contactaremos)\b[^.!?]{0,80}?)`,
  ),
}));

// ---- v23's second wave (narrowings only, checking X2-X6's changes) ----
// X8: (test/twenty-second-round-referrals-checked.test.ts)
/** (X8) A minute-scale time or the chat itself, as X2's and X3's holds say it ("within a minute", "within this chat"). */
const IN_CHAT_TIME_X8 = r`(?:(?:a|one|two|three|five|ten|\d+|a few|a couple(?: of)?) (?:minutes?|mins?|moments?|secs?|seconds?)|(?:this|the) chat)\b`;
/**
 * (X8) The sentence goes on to a delivery later: "of the branch opening tomorrow", "by email", "… and email you …", "by
 * Friday" (X2's hold readings of "update you here in this chat" and "back to you within 30 minutes" stand aside).
 */
const LATER_TOO_X8 =
  r`(?! of\b)(?! (?:by|via|over|through) (?:email|e mail|text|phone)\b)(?![^.!?]*\b(?:and|then|but|also|plus) (?:(?:ill|i will|well|we will) )?(?:email|e mail|send|mail|text|forward)\b)(?![^.!?]*\b(?:tomorrow|tonight|next week|business days?|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end))\b)`;
const phrasesV23X8 = block(phrasesV23X6, (v23) => ({
  // Each change names the case of test/twenty-second-round-referrals-checked.test.ts it fixes and, in brackets, the near
  // miss it must not catch (each a case there too).
  // X2's "update you here in this chat / within N minutes" [20] and its "back to you within N minutes / within this chat"
  // [4] are holds only when the sentence sends nothing later: not before "… and email you the complete list of citations
  // by Friday", "by email at …", "of the branch opening tomorrow" (Xenia clippings, obituary scan and plat book cases)
  // ["Still digging in the city directories, I'll get back to you in this chat in a few minutes.", still a hold].
  // X6's "le avisarán … cuando llegue" [21]: not after the provider's own "le voy a mandar / enviar / escribir …" (lista de
  // lecturas case) ["Su libro ya viene en camino; le avisarán por correo cuando llegue a la sucursal.", the hold system's]
  notPromise: replaced(
    4,
    phrasesV23X6.notPromise[4]! + LATER_TOO_X8,
    replaced(
      20,
      phrasesV23X6.notPromise[20]! + LATER_TOO_X8,
      v23.swap(
        'notPromise',
        21,
        phrasesV23X6.notPromise[21]! +
          r`(?<!\b(?:le|te|les|se lo|se la|se los|se las) (?:voy|vamos) a (?:avisar|escribir|mandar|enviar|llamar|contactar)\b(?:[^.!?]|\.(?=[a-z0-9])){0,160}?)`,
      ),
    ),
  ),
  followupPromise: replaced(
    16,
    // X3's "I'll reply with <what> by / within <when>": not within a minute, a moment or this chat, nor "by chat / message /
    // the end of our chat" (link, APA citation and "more titles by the end of our chat" holds) ["I'll reply with the scanned pages by Thursday noon to the gmail you gave", a promise]
    retext(
      phrasesV23X6.followupPromise[16]!,
      r`{1,5}?(?:by|within|`,
      r`{1,5}?(?:by(?! (?:chat|message|the way|the end of (?:this|our|the) (?:chat|session|conversation))\b)|within(?! ${IN_CHAT_TIME_X8})|`,
    ),
    // X6's "en cuanto encuentre algo le aviso": not inside a hold, said while searching ("Permítame, estoy revisando el
    // catálogo y Libby; en cuanto encuentre algo le aviso.": Allende audiobook case) ["Voy a consultar con la encargada de la
    // colección; cuando me confirmen le aviso.", a promise]
    v23.swap(
      'followupPromise',
      38,
      phrasesV23X6.followupPromise[38]! +
        r`(?<!\b(?:estoy|sigo|estamos|seguimos|ando|voy) (?:buscando|revisando|checando|chequeando|consultando|mirando|investigando|verificando)\b[^.!?]{0,80}?)(?<!\b(?:permitame|permiteme|un momento|un momentito|un segundo|un segundito|deme|dame|espereme|esperame)\b[^.!?]{0,80}?)`,
    ),
  ),
  // X3's "…, or in person at" after apply / renew / register / pay: not in a sentence about how it used to be ("Families used
  // to register online or in person at the Eastside Rec Center, but now it's online only at …": summer camp case) ["You can
  // renew online at dmv.example.gov, or in person at the DMV office at 40 Elm St", a referral]
  referralVerb: v23.swap(
    'referralVerb',
    63,
    phrasesV23X6.referralVerb[63]! +
      r`(?<!\b(?:used to|previously|formerly|until (?:last|this) (?:year|month|spring|summer|fall|winter))\b(?:[^.!?]|\.(?=[a-z0-9])){0,100}\bin person (?:at|to))(?![^.!?]*\b(?:but now|now its|now it is|anymore|any more|no longer)\b)`,
  ),
}));
// X9: (test/twenty-second-round-endings-checked.test.ts) narrowings of the first wave's endings, holds, greetings and
// questions: each change names the case it fixes and, in brackets, the near miss it must not catch (each a case there).
/** (X9) X3's "tomorrow" as a way back, not when it is the day something is closed or ready ("We're closed tomorrow as well"). */
const NOT_READY_X9 = r`(?<!\b(?:closed|shut|ready|ready for (?:pickup|pick up)|ready to (?:pick up|collect)|on the (?:hold )?shelf|delivered|shipped) tomorrow)`;
/** (X9) X3's "later" as a way back, not when something else comes in, downloads or installs later. */
const NOT_COMES_X9 = r`(?<!\b(?:(?:should|will|may|might|usually|typically|probably) come in|comes in|coming in|download|downloads|downloading|install|installs|installing|process|processes|processing|post|posts|ship|ships) later)`;
/** (X9) X3's "again" as a way back, not when a thing works, prints or connects again ("The printer should work again …"). */
const NOT_WORKS_X9 = r`(?<!\b(?:work|works|working|print|prints|printing|connect|connects|load|loads|sync|syncs|charge|charges) again)`;
/** (X9) The message names someone on until a time after the provider signs off ("Kenji … is on until 9"): a way back. */
const ON_UNTIL_X9 = r`(?!.*\b(?:is|will be|are|stays|remains) (?:on|here|online|around)(?: (?:chat|duty|the desk))? (?:until|till|til)\b)`;
const phrasesV23X9 = block(phrasesV23X8, (v23) => ({
  // X3's closing time: "tomorrow", "later", "again" stand aside as a way back only ("Because of the ice storm the library
  // is closing in 5 minutes, so I can't look for more plans tonight. We're closed tomorrow as well.", "…Your interlibrary
  // loan should come in later this month.", "…The printer should work again after you restart it.": coop plans, ILL,
  // printer cases) ["…so I can't finish tonight. Chat with us tomorrow after 10 and we'll pick it up.", still a way back]
  othersWaiting: v23.swap(
    'othersWaiting',
    8,
    retext(phrasesV23X8.othersWaiting[8]!, r`|${TOMORROW_X3}|${AGAIN_X3}|${LATER_X3})\b))`, r`|${TOMORROW_X3}${NOT_READY_X9}|${AGAIN_X3}${NOT_WORKS_X9}|${LATER_X3}${NOT_COMES_X9})\b))`),
  ),
  // X3's bare "later" / "tomorrow" as a way back, likewise ("I'm wrapping up for the day, sorry. The first hotspot will be
  // ready for pickup tomorrow.", "I'll have to sign off now. The audiobook may finish downloading later tonight.": hotspot
  // and audiobook cases) ["I'll have to sign off now. Message us later tonight and the evening librarian can finish this."]
  wayBack: v23.swap(
    'wayBack',
    4,
    retext(phrasesV23X8.wayBack[4]!, r`${NOT_SHOWS_X3}|${TOMORROW_X3})\b`, r`${NOT_SHOWS_X3}${NOT_COMES_X9}|${TOMORROW_X3}${NOT_READY_X9})\b`),
  ),
  // X3's sign-off "in a sec": not when the sentence says the provider comes right back ("I'll be logging off in a sec and
  // right back on, please don't close your window.": browser freeze case); X3's "at this point / in a sec": not when the
  // message names someone on until a time ("I'll need to sign off at this point. Kenji on the evening desk is on until 9
  // if anything else comes up.": shift end case) ["Sorry, I'll have to log off in a moment.", the question open]
  dismissalConvenience: v23.swap(
    'dismissalConvenience',
    49,
    retext(
      retext(
        phrasesV23X8.dismissalConvenience[49]!,
        r`|at(?! (?:this|that) (?:point|time|stage)\b${GOES_ON_X3})`,
        r`|at(?! (?:this|that) (?:point|time|stage)\b${GOES_ON_X3}${ON_UNTIL_X9})`,
      ),
      r`|in(?! (?:a |just a |one )?(?:sec|secs|second|moment|jiffy)\b${GOES_ON_X3})`,
      r`|in(?! (?:a |just a |one )?(?:sec|secs|second|moment|jiffy)\b${GOES_ON_X3}${ON_UNTIL_X9}(?![^.!?]*\b(?:back on|right back|be back|log back|sign back|restart|refresh|reboot)\b))`,
    ),
  ),
  // X5's "Thanks! Searching …" (and v3's hold it widened): not when the sentence goes on to what searching that way gives
  // ("Thanks! Searching with the ISBN works better than the title in our catalog: …", "Thanks! Searching Hmong in our
  // catalog brings up 14 titles; …": ISBN and Hmong cases, advice and a result) ["Thanks! Searching the ProQuest newspaper
  // archive now.", still a hold]
  hold: v23.swap('hold', 9, phrasesV23X8.hold[9]! + r`(?![^.!?]*\b(?:works? better|worked better|is (?:faster|easier|better|quicker)|brings up|brought up|bring up|turns up|turned up|pulls up|pulled up|gives (?:you|u)|shows (?:you|u))\b)`),
  // X6's "es el límite por sesión / consulta": not about the computers', study rooms' or equipment's booking time ("cada
  // reserva de computadora dura 2 horas; ese es el límite por sesión", "Las salas se reservan por dos horas; es el límite
  // por sesión.": computadoras and salas cases) ["Ya le ayudé con cuatro preguntas; ese es el límite por chat."]
  dismissalHard: v23.swap(
    'dismissalHard',
    55,
    phrasesV23X8.dismissalHard[55]! +
      r`(?<!\b(?:sala|salas|computadora|computadoras|computador|computadores|ordenador|ordenadores|reserva|reservas|reservan|cubiculo|cubiculos|equipo|equipos|laptop|laptops|portatil|portatiles|impresion|internet|wifi)\b[^.!?]{0,120})`,
  ),
  // X6's "Cuídense": not before "mucho / bien de / del / con" either ("Cuídense mucho de los notarios que cobran por
  // adelantado": notarios case, a warning) ["Mucha suerte con el trámite. ¡Cuídense!"]
  farewell: v23.widen('farewell', [[11, r`|cuidense(?! `, r`(?:(?:mucho|muchisimo|bien) )?`]]),
  // X3's "drop in / by later / soon": not when the sentence says what for, an errand ("Drop in later today to pay it at the
  // desk.", "Drop by soon to pick them up, …": fee and holds cases) ["Drop in again whenever you have a question!"]
  inviteBack: v23.swap(
    'inviteBack',
    33,
    phrasesV23X8.inviteBack[33]! + r`(?![^.!?]*\bto (?:pay|pick|return|renew|collect|grab|drop|sign|register|print|borrow)\b)`,
  ),
  // X2's greeting: nor a greeting word explained as a word ("Aloha is the Hawaiian word for hello and goodbye, …",
  // "Bonjour is just the French word for hello; …": aloha and bonjour cases) ["Aloha! This is Kai, a librarian with the
  // Hawaii State Public Library System."]
  greeting: v23.swap(
    'greeting',
    0,
    phrasesV23X8.greeting[0]! + r`(?! (?:is|means|was) (?:(?:just|simply|really|actually|literally|also) )?(?:the|a|an|how) (?:[a-z]+ ){0,2}?(?:word|term|greeting|way|you say)\b| means\b)`,
  ),
  // X2's taste question "anything else by / from … you love": an offer of more help when "that I can …" follows ("Anything
  // else by her you love that I can get for you?": large print case) ["Anything else by Louise Penny you loved, so I can
  // suggest similar authors?", taste]; X2's "anything eels you want …": not when the sentence asks
  // what to focus on or gives examples ("Anything eels you want her to focus on, like migration …?": eels case)
  // ["Anything eels I can help you with tonight?"]
  anythingElse: replaced(
    37,
    phrasesV23X8.anythingElse[37]! + r`(?![^.!?]*\b(?:focus|focusing|such as|for (?:the|her|his|your|their) (?:report|project|paper|essay|class|assignment))\b|[^.!?]*, like\b)`,
    v23.swap(
      'anythingElse',
      0,
      retext(phrasesV23X8.anythingElse[0]!, 
        r`(?:(?:that )?(?:you|u) (?:liked|loved|enjoyed|have read|already read|like|love|enjoy)|(?:youve|uve) (?:read|liked|loved|enjoyed))|`,
        r`(?:(?:that )?(?:you|u) (?:liked|loved|enjoyed|have read|already read|like|love|enjoy)|(?:youve|uve) (?:read|liked|loved|enjoyed))(?! (?:that |which )?(?:i|we) (?:can|could|may|might|should)\b)|`,
      ),
    ),
  ),
  // X2's "So the X sent you … and you're …": not when what follows is the provider's result ("So the system sent you a text
  // with a new PIN and you're ready to sign in to Libby again.": Libby case) ["So the county sent you a tax bill but you're
  // on the senior exemption?"]
  restatement: v23.swap(
    'restatement',
    25,
    retext(phrasesV23X8.restatement[25]!, 
      r`(?:youre|you are|ur|youve|you have|you still|you already)\b)|`,
      r`(?:youre|you are|ur|youve|you have|you still|you already)\b(?! (?:all set|ready|set|good to go|good|fine|ok|okay|done|able to|back in|sorted)\b))|`,
    ),
  ),
  // X5's "bibliothécaire": not after an article or a possessive of others ("Les bibliothécaires du comptoir de prêt sont
  // occupés, mais je peux vous aider.": comptoir case) ["Bonjour, ici Camille, bibliothécaire à la Bibliothèque …"]
  selfRole: v23.widen('selfRole', [[0, r`|bibliothecaires?`, r`(?<!\b(?:un|une|les|aux|autres|vos|leurs|leur|nos) bibliothecaires?)`]]),
}));
// X10: (test/twenty-second-round-openings-checked.test.ts) X1's changes checked
// X10 (second wave: X1's changes checked; test/twenty-second-round-openings-checked.test.ts), narrowings only
const phrasesV23X10 = block(phrasesV23X9, (v23) => ({
  // X1's "clear enough to read / see" stands aside when a question word follows: "Is that clear enough to see why the fine
  // was charged?" asks whether the explanation given meets the need ["Is the scan clear enough to read on your phone?",
  // "Is this clear enough to read on your screen?" still ask about the print]
  completeness: v23.widen('completeness', [[1, r`(?: enough)? (?:to (?:read|see)`, r`(?! (?:why|how|what|whether|if|which|where|when|who|that)\b)`]]),
  // X1's "a … database" followed by a comma names one only when the comma does not open another clause: "That would be in
  // a legal database, and we don't subscribe to one" names none ["a newspaper database from home too, it's called the
  // Tri-County Clipper Archive", "a genealogy database - American Ancestors -" still name one]
  namedResource: v23.swap(
    'namedResource',
    0,
    retext(phrasesV23X9.namedResource[0]!, '| ?[,:(]))', '| ?[:(]| ?,(?! (?:and|but|so|which|we|sorry|unfortunately|though|too)\\b)))'),
  ),
  // X1's "Ask a Librarian Delaware is / stays …" does not take "ask a librarian who / that is …", an instruction: "ask a
  // librarian who is on the desk at the Lewes branch; their number is 302-…" refers ["Ask a Librarian Delaware is staffed
  // around the clock" still names the service]
  referralVerb: v23.widen('referralVerb', [[3, r`(?! a librarian(?: [a-z]+){0,2}`, r`(?<!\b(?:who|that))`]]),
}));

const phrasesV23: RubricPhrases = phrasesV23X10;

/** Rubric v23: v22 with the phrase families and settings of a twenty-second round of sessions (blocks X1-X6). */
export const rubricV23: Rubric = {
  ...rubricV22,
  version: '23',
  phrases: phrasesV23,
  theyTailX5: true,
  namedUrlLaterX6: true,
  personHeadX2: true,
  splitConditionX2: true,
  preteriteEsX2: true,
  ownNumberX2: true,
  stateNameX4: true,
  furtherLaterX4: true,
  purposeLongX3: true,
  failedClauseX3: true,
  anotherChatX3: true,
  whatsappCallsX3: true,
  introClauseX1: true,
  choiceTailX1: true,
  ifYouWantX1: true,
  visitAddressX1: true,
  thankedAnswerX9: true,
  offeredFitX9: true,
  personStemX8: true,
  purposeStaffX8: true,
  stateLabelX8: true,
  ownRoomX8: true,
  introYouX10: true,
  ifYouActX10: true,
  visitSightX10: true,
};

// ---- Rubric v24: a twenty-third round of sessions (blocks Y1-Y6, then the second wave's Y8-Y10, each deriving from the one before)
// Y1: (test/twenty-third-round-british.test.ts)
const phrasesV24Y1 = block(phrasesV23, (v24) => ({
  // Irish and UK numbers with the trunk code in brackets or after the country code ("ring them on (01) 555 1234", "+353 1 555
  // 1234", "+44 (0)20 7946 0000": the Valuation Office case) ["Irish Historical Studies 41 (01) 112-118", a citation's issue
  // and pages: spaces only between the groups]. The phone family runs on the whole text only when it has a digit.
  phone: v24.plus(
    'phone',
    r`(?<![\d./-])\(0\d{1,4}\) \d{3,4} \d{3,4}(?![\d/-])`,
    r`(?<![\d./+-])\+\d{2,3} (?:\(0\) ?)?\d{1,4} \d{3,4} ?\d{3,4}(?![\d/-])`,
  ),
  referralVerb: v24.widen('referralVerb', [
    // "Afternoon! Ask Cheshire Libraries, Priya speaking.": the service's name ("Ask <place> Libraries") before the provider's
    // "<name> speaking / here" sends the patron to no one (Cheshire and Cumbria cases) ["Ask Warrington Libraries, they're on
    // 01925 442889.", "Ask Warrington Libraries, someone there will know." still refer]
    [3, r`|ask(?<!\b(?:the|with|from|via) ask)`, r`(?! (?:[a-z]+ ){1,3}(?:libraries|library)(?: service)?[,:!.]? (?!(?:someone|somebody|anyone|they|theyre|staff|people|we|i|you|it|he|she)\b)[a-z]+ (?:speaking|here)\b)`],
    // v8's booking of a meeting with someone, in British "one-to-one" ("I'd suggest booking a one-to-one with your subject
    // librarian at gla.ac.uk/…": the Glasgow case) ["Book a one-to-one room on the second floor at gla.ac.uk/…", no one booked
    // with: the alternative still ends on "with / at" a party, and "room" is no meeting]
    [8, r`(?:(?:one-on-one|one on one|`, r`one-to-one|one to one|`],
    [8, r`|session|one-on-one|one on one|`, r`one-to-one|one to one|`],
  ]),
}));
// Y2: (test/twenty-third-round-antipodes.test.ts)
const phrasesV24Y2 = block(phrasesV24Y1, (v24) => ({
  // Each change names the case it fixes (test/twenty-third-round-antipodes.test.ts) and, in brackets, the near miss it must
  // not catch.
  completeness: replaced(
    // "Is the Passengers in History entry helpful to start with?": alternative 75 takes four words between "the" and "helpful" when the
    // last is a resource noun (the Cornish miner's ship case) ["Were the staff at the branch helpful when you went in?", no resource noun]
    75,
    retext(
      phrasesV24Y1.completeness[75]!,
      r`(?:[a-z0-9-]+ ){1,3}(?:(?:at all`,
      r`(?:(?:[a-z0-9-]+ ){1,3}|(?:[a-z0-9-]+ ){3}(?:entry|entries|page|site|record|records|database|guide|link|article|list|index|map|website|catalogue|catalog|collection|register|search|results?) )(?:(?:at all`,
    ),
    v24.widen('completeness', [
      // "Are the AIMS and GBRMPA pages the kind of thing you need?": alternative 179 takes the present "you need / want / are after / are
      // looking for" beside its past forms (the reef bleaching case) ["Is a photo ID the kind of thing you need to bring?",
      // "…the kind of thing you need a card for?": the need goes on to an object]
      [179, r`|info|information) (?:you|u) (?:`, r`(?:need|want)(?! (?:a|an|the|to|for|it|them|this|that)\b)|are (?:after|looking for)|`],
    ]),
  ),
  farewell: v24.plus(
    'farewell',
    // "Ka pai, haere rā!": te reo Māori for goodbye (to one who goes), and "e noho rā" (to one who stays) (the Treaty of
    // Waitangi case) ["The waiata Haere Ra is also known as Now is the Hour", a song's name; "Haere mai!", welcome]
    r`\bhaere ra\b(?<!\b(?:waiata|song|called|titled|named|sing|sung|as) haere ra)`,
    r`\bnoho ra\b(?<=\be noho ra)`,
  ),
  phone: v24.plus(
    'phone',
    // Australian and New Zealand landlines with the area code in brackets: "(03) 9348 5600", "(09) 377 0209" (the PROV
    // reading room case) ["microfilm reel 03 1854 0012", no brackets and no calling word]
    r`\(0[2-9]\) ?\d{3,4}[ -]?\d{4}(?![\d/-])`,
    // and without brackets after a calling word: "on 09 377 0209", "ring 03 9348 5600" [the same reel number]
    r`0[2-9] \d{3,4} \d{4}(?![\d/-])(?<=\b(?:on|call|ring|phone|ph|tel|at|or|is|number) 0[2-9] \d{3,4} \d{4})`,
    // "+61 3 8664 7000", "+64 9 377 0209": Australia and New Zealand dialled from abroad
    r`(?<!\d)\+6[14] \d{1,2} \d{3,4} \d{3,4}(?![\d/-])`,
  ),
  referralVerb: replaced(
    // "it's worth having a chat with your local Tenants' Advice service" (the tenancy case) ["I'm having a chat with our
    // local studies librarian about it now": the provider consults a colleague]
    6,
    retext(phrasesV24Y1.referralVerb[6]!, r`\bhave a`, r`\b(?:have|having(?<!\b(?:im|i am|were|we are|was|been) having)) a`),
    v24.widen('referralVerb', [
      // "request it yourself with the Get It From Another Library button in Omni": a button's label, no party (the Nipissing
      // case) ["If Omni won't let you, request it from the ILL office at your library.", still a referral]
      [0, r`|appointment|it|them|one) from\b`, r`(?! (?:[a-z]+ ){1,3}(?:button|link|tab|icon|menu)\b)`],
    ]),
  ),
  referralParty: v24.plus(
    'referralParty',
    // "your local Tenants' Advice service", "a legal advice service": an advice service named by whom it advises (the
    // tenancy case) ["The Tenants' Advice service page at tenants.org.au has a bond letter you can use.": a page to use,
    // no referral; "an advice service" with nothing before it]
    r`\badvice (?:and advocacy )?services?\b(?<=\b(?:tenants?|renters?|tenancy|legal|housing|consumer|debt|money|financial|citizens|community) advice (?:and advocacy )?services?)(?! (?:page|pages|site|website|web site|fact sheets?|guide|app)\b)`,
  ),
  followupPromise: v24.widen('followupPromise', [
    // "I'll … give you a bell tomorrow arvo": a call back, as "a ring / a buzz" (the NCAT case) ["Give us a bell on 1300 555
    // 123 anytime": the library's own line]
    [12, r`|ring|buzz`, r`|bell`],
  ]),
}));
// Y3: (test/twenty-third-round-international.test.ts) international English: providers and patrons for whom English is a
// second language. Each change names the case it fixes and, in brackets, the near miss it must not catch.
const phrasesV24Y3 = block(phrasesV24Y2, (v24) => ({
  completeness: v24.widen(
    'completeness',
    [
      // v22's "working?" may follow a comma: "Kindly check and tell, it is working?" (short case) ["Working hours are 9 to
      // 5, it is working on Sunday?" goes on: the lookahead still wants "?" right after]
      [178, r`(?<=(?:^|[.!?] `, r`|, `],
      // v23's noun before "enough": "Are these details enough for you?" (Colombo case) ["Are these details correct?" asks
      // about a read-back, no "enough"]
      [1, r`(?:(?:information|info|`, r`details|`],
    ],
    // "It is clear sir?", "it is clear?": the declarative question of the Bangalore and NDLI cases ["It is clear from the
    // receipt that the fine was paid." (no "?" right after), "the print is clear?" (about a scan: no such subject)]
    r`\bclear\b(?<=(?:^|[.!?,] )(?:(?:so|and|now|ok|okay|sir|madam|mam|maam|ji),? )*(?:it|this|that|everything|all|all this|the (?:process|procedure|steps?|answer|information|info)) (?:is|are) (?:all |now )?clear)(?: now| to (?:you|u)| for (?:you|u))?(?: (?:sir|madam|mam|maam|ji|dear))?(?= ?\?)`,
    // "Your doubt is cleared?", "Your problem is solved?", "is your query resolved?" (Dhaka case, short case) ["What is your
    // query?"; "Was your problem solved by the IT desk?" goes on past the participle]
    r`\b(?:doubts?|query|queries|problem|issue|confusion)\b(?<=\b(?:your|ur|the) (?:doubts?|query|queries|problem|issue|confusion))(?: (?:is|are|got|gets|has been|have been|was|were))?(?: (?:now|all))? (?:clear|cleared|clarified|solved|resolved|sorted|answered)(?: now)?(?: (?:sir|madam|mam|maam|ji))?(?= ?\?)`,
    // "Understood?" after the rule (SRM case) ["Understood, I will check with the branch." (no "?"); "Have you understood
    // the question paper pattern?" (the question goes on)]
    r`\bunderstood\b(?<=(?:^|[.!?,] )(?:(?:sir|madam|mam|maam|ji|ok|okay|so)[ ,]+)*(?:(?:is it|it is|everything|all|you|u|have you|did you) )?understood)(?: (?:sir|madam|mam|maam|ji))?(?= ?\?)`,
    // Tagalog "Malinaw po ba?" (is it clear?) (Quezon City case) ["Malinaw po ang instructions sa website." (no question)]
    r`\bmalinaw(?: (?:na|po|ho|ba|naman)){1,3}(?= ?\?)`,
    // "Hope the 2019 project is useful for now?" asked, with "?" (UNILAG case) ["Hope this information is useful to you."
    // states (short case)]
    r`\bhope\b(?= (?:this|that|it|these|those|the (?:[a-z0-9-]+ ){1,2}?)(?:is|are|was|will be) (?:useful|helpful|of (?:some )?(?:use|help))(?: (?:to|for) (?:you|u))?(?: (?:for now|now|sir|madam|mam))* ?\?)`,
  ),
  greeting: v24.plus(
    'greeting',
    // "Sat Sri Akal ji!", "Ayubowan!", "Walaikum Assalam!" (short case, Colombo and Lahore cases) ["Sat 10-4" is the
    // opening hours: the family is keyed on "akal"]
    r`\bakal\b(?<=\bsat (?:sri|shri|sree) akal)`,
    r`\bayubowan\b`,
    r`\b(?:walaikum|waalaikum|walaykum)(?: us| as)? ?(?:salam|salaam|assalam|assalaam)\b`,
  ),
  dismissalHard: v24.plus(
    'dismissalHard',
    // "Only two questions are allowed in one chat", "only one question is allowed per chat" (Delhi case, short case) ["Only
    // one renewal is allowed per book" (no questions); "more than one question is allowed per chat"]
    r`\ballowed\b(?<=(?<!\b(?:more than|any number of|upto|up to) )\b(?:only )?(?:one|two|three|1|2|3|single) (?:questions?|queries|query|doubts?) (?:is |are )?allowed)(?= (?:per|in (?:one|a|each|single|1)|for (?:one|a|each|1)) (?:chat|session|user|patron|person)\b)`,
    // "Your session time is over, kindly logout." (short case) ["Your computer session time is over at 5" (another kind of
    // session, a time later)]
    r`\bsession time\b(?<=\b(?:your|ur|the|this|our) (?:chat )?session time) (?:is|has) (?:over|up|finished|completed|expired|ended|run out)\b(?! (?:at|by|in|after) \d)`,
  ),
  // "I have to attend other patron now, so I am closing this chat." (short case) ["Sorry for the late reply, I was
  // attending other patron." (near miss: a past wait, the help goes on)]
  othersWaiting: v24.plus(
    'othersWaiting',
    r`\battend\b(?<=\b(?:have to|need to|must|got to|gotta|should|going to) attend)(?: to)? (?:other|another|the next|more|some other) (?:patrons?|users?|customers?|chats?|students?|readers?|members?|queries)\b`,
  ),
  // "Sorry, I am going for lunch now. Please close this chat." (SRM case) ["I am going for lunch at 1, but first here is
  // the link" (a later time)]
  dismissalConvenience: v24.plus(
    'dismissalConvenience',
    r`\blunch\b(?<=\b(?:im|i am|i have to|i must|i need to|i will|ill|i shall) (?:now |just )?(?:going|go|leaving|leave|off|out|heading|going out) (?:for|to) lunch)(?! (?:at|after|in|by|around|from)\b)`,
  ),
  // "Kindly chat with us again if you need more help." (Colombo case) ["Please don't chat with us about the exam answers"
  // (no "again")]
  wayBack: v24.widen('wayBack', [[1, r`\b(?:chat`, r`(?: with (?:us|me))?`]]),
  stillThere: v24.swap(
    'stillThere',
    // "Are you connected with the university wifi or using your own internet?" asks about the network, not whether the
    // patron is there (Lahore case) ["Are you still connected?", "are you connected to the chat?" still check in]
    0,
    retext(phrasesV24Y2.stillThere[0]!, r`|connected|`, r`|connected(?! (?:with|to|through|via|on) (?:the |your |ur |our |a )?(?:(?:university|campus|college|school|library|home|own|office|hostel) )?(?:wifi|wi fi|network|internet|vpn|lan)\b)|`),
    // "Hello madam, you are available in chat?" (short case) ["you are available on Saturday for the workshop?" (not the
    // chat or line)]
    r`\b(?:available|online)\b(?<=(?:^|[.!?,] )(?:(?:hello|hi|sir|madam|mam|maam|ji|dear)[ ,]+)*(?:you|u) (?:are|r) (?:still )?(?:available|online))(?: (?:in|on) (?:the |this )?(?:chat|line))?(?= ?(?:(?:sir|madam|mam|maam|ji) ?)?\?)`,
  ),
  // "It seems you are not available now, hence I am closing this chat." (short case) ["It seems the book is not available
  // in our branch" (not the patron)]
  seemGone: v24.plus('seemGone', r`\b(?:available|unavailable)\b(?<=\b(?:seems?|seem that|looks like|think|appears?|assume) (?:that )?(?:you|u) (?:are|r|were) (?:(?:not|no longer) available|unavailable))`),
  // "You are welcome for any further assistance." invites the patron back (short case) ["Do you need any further
  // assistance?" asks (anything else), no invitation]
  inviteBack: v24.plus('inviteBack', r`\bfurther (?:assistance|help|quer(?:y|ies)|questions?|doubts?|clarifications?)\b(?<=\b(?:you are|youre|u r|most|always) welcome (?:for|to|with) (?:any )?further [a-z]+)`),
  // "Same to you madam." as the whole sentence, returning the patron's "have a nice day" (Pune case) ["Same to you: the
  // fine is Rs 10 for everyone." goes on]
  farewell: v24.plus('farewell', r`\bsame to (?:you|u)\b(?<=(?:^|[.!?] )(?:(?:and|ok|okay|thanks|thank you|thank u)[,!.]? )?same to (?:you|u))(?= ?(?:too|also|as well)?[ ,]*(?:(?:sir|madam|mam|maam|ji|dear|friend|ma)\b)?[ .!]*$)`),
  notPromise: v24.plus(
    'notPromise',
    // "Kindly give me 5 minutes, I will revert back." replies in the chat: a hold, no promise (Thiruvananthapuram case)
    // ["Give me 2 minutes to note it, I will revert back by mail tomorrow." promises]
    r`\brevert\b(?<=\bgive (?:me|us) (?:(?:\d+|a few|few|two|three|five|ten|a couple of|couple of) (?:minutes?|mins?)|(?:a|one) (?:minute|moment|min|sec|second))\b[^.!?]{0,30}? revert)(?![^.!?]*\b(?:email|e mail|mail|phone|call|tomorrow|tonight|evening|morning|days?|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)`,
    r`\brevert(?: back)?(?: to (?:you|u))? (?:in|within|after) (?:\d+|a few|few|two|three|five|ten|a couple of) (?:minutes?|mins?)\b(?![^.!?]*\b(?:email|e mail|mail|send|tomorrow|days?)\b)`,
  ),
  // "I am requesting you to visit the District Central Library" (Thanjavur case) ["I am requesting the branch to keep it
  // for you" (the provider asks someone else)]
  referralActor: v24.plus('referralActor', r`\b(?:request|requesting) (?:you|u)\b(?= (?:to )?(?:(?:kindly|please|pls) )?(?:to )?$)`),
  // the head of department (short case) ["HOD signature on the form" names no one to contact]
  referralParty: v24.plus('referralParty', r`\bhods?\b`),
  // an Indian mobile in two groups of five, "98110 45672" (Delhi donation case) ["card number 21004 56789", an account]
  phone: v24.plus('phone', r`[6-9](?<![\d./+-][6-9])\d{4}[ -]\d{5}(?!\d|[./-]\d)(?<!(?:isbn|oclc|barcode|card|account|acct|order|pin|roll|enrolment|enrollment|registration|reg)[: #]{1,3}(?:number |no |num )?(?:is )?\d{5}[ -]\d{5})`),
}));
// Y4: (test/twenty-third-round-clocks.test.ts)
const phrasesV24Y4 = block(phrasesV24Y3, (v24) => ({
  seemGone: v24.plus(
    'seemGone',
    // "We seem to have been disconnected, so I'll close this chat." / "Your connection seems to have dropped." says the
    // patron seems gone (keyed on seem / appear, the subject before it: we, the / your / our chat or connection; the
    // families had "you seem to have …" only) [the link / your hold "seems to have dropped off", "we seem to have lost the
    // book's record", "If we seem to have been disconnected, just start a new chat"]
    r`\b(?:seem|seems|appear|appears)\b(?<=\b(?:we|(?:the|your|our) (?:chat|connection)) (?:seem|seems|appear|appears))(?<!\bif (?:we|(?:the|your|our) (?:chat|connection)) (?:seem|seems|appear|appears)) to have (?:been |gotten |got |just )?(?:disconnected|dropped|timed out|lost (?:the |our |your )?connection)\b`,
    // "Your connection may have dropped; I'm going to end the chat now." (keyed on the participle; the chat or the
    // connection as its subject) ["Your wifi connection may have dropped during the download", "Your hold may have dropped
    // off the list"]
    r`\b(?:dropped|disconnected)\b(?<=\b(?:the|your|our) (?:chat|connection) (?:may|might|must|could) have (?:been )?(?:dropped|disconnected))`,
  ),
}));
// Y5: (test/twenty-third-round-corrections.test.ts)
const phrasesV24Y5 = block(phrasesV24Y4, (_v24) => ({}));
// Y6: (test/twenty-third-round-patronwords.test.ts)
const phrasesV24Y6 = block(phrasesV24Y5, (v24) => ({
  // a pasted catalogue record's title field says goodbye to no one ("Title: Goodbye to all that / Author: Graves, Robert
  // …": Graves record case) ["…Status: Available. Goodbye!", still a goodbye]
  farewell: v24.widen('farewell', [[0, r`|good ?bye`, r`(?<!\btitle: good ?bye)`]]),
  // v1's "a minute," holds, not when it is how long something takes on the patron's screen ("If the Borrow button shows
  // "Please wait..." for more than a minute, force-close Libby": Libby case) ["Give me a minute, please.", "Bear with me
  // for a minute, I'm checking the shelf." still hold]
  hold: v24.swap('hold', 2, phrasesV24Y5.hold[2]! + r`(?<!\b(?:more|less|longer|shorter) than (?:one|a|1) (?:moment|minute|second)(?: please)?[.!,]?)`),
  // "Is that the kind of thing she would like?" after books for a child asks whether what was given meets the need, as
  // v4's "…the kind of article your professor wants?" (volcano books case) ["Is that the kind of thing they teach in
  // second grade?", a question about the school]
  completeness: v24.widen('completeness', [[2, r`|youre|youve`, r`|(?:she|he|they) (?:would |will |might )?(?:like|love|enjoy|want|need|likes|loves|enjoys|wants|needs)\b`]]),
}));

// Y8: (test/twenty-third-round-contacts-checked.test.ts)
const phrasesV24Y8 = block(phrasesV24Y6, (v24) => ({
  // Narrowings only: each change names the case of test/twenty-third-round-contacts-checked.test.ts it fixes and, in
  // brackets, the near miss it must not catch.
  phone: replaced(
    // Y1's bracketed trunk code, not right after a volume number: a citation whose page dash was lost in a paste ("Irish
    // Arts Review 24 (03) 118 125", "Irish Historical Studies 39 (02) 215 237") ["ring them on (01) 555 1234", "(028) 9053 4800"]
    20,
    retext(phrasesV24Y6.phone[20]!, r`(?<![\d./-])\(0`, r`(?<![\d./-])(?<!\d )\(0`),
    replaced(
      // Y2's bracketed area code, likewise: a series' box and years ("series AAYS 8638 (04) 1939-1945") ["(03) 9348 5600"]
      22,
      r`(?<!\d )` + phrasesV24Y6.phone[22]!,
      replaced(
        // Y2's number after "is / number": not a reel, request, item or record number ("the microfilm reel is 05 1886 0147",
        // "Your interloan request number is 07 2291 4410") ["their number is 09 377 0209", "ring them on 03 479 8868"]
        23,
        phrasesV24Y6.phone[23]! +
          r`(?<!\b(?:reel|film|microfilm|fiche|request|interloan|loan|item|series|record|reference|ref|order|booking|receipt|case|file|accession|barcode|card|account|application|ticket|tracking|box|volume|vol|call)(?: (?:number|no|num|id|code))? (?:is|number|no) 0[2-9] \d{3,4} \d{4})`,
        v24.swap(
          'phone',
          // Y3's Indian mobile: not a receipt, challan, membership or application number, nor a price in rupees ("receipt no
          // 70431 22816", "challan no. 81234 56789", "Rs 65000-70000") ["call … Mr. Senthil on 94441 27730", "my whatsapp is
          // 98410 22735"]
          25,
          retext(
            phrasesV24Y6.phone[25]!,
            r`|reg)[: #]{1,3}(?:number |no |num )?`,
            r`|reg|receipt|challan|membership|member|ticket|application|transaction|txn|utr|reference|ref|admission|accession|folio|id)[: #.]{1,3}(?:number |no\.? |num |id )?`,
          ) + r`(?<!\b(?:rs|inr|rupees)\.? ?\d{5}[ -]\d{5})`,
        ),
      ),
    ),
  ),
  referralVerb: replaced(
    // Y1's "Ask <place> Libraries, <name> here" exclusion: "ours / everyone … here" is no provider's name ("For Marple you'd
    // need to ask Stockport Libraries, ours here only cover the city.") ["Hiya! Ask Kent Libraries, Bev speaking."]
    3,
    retext(phrasesV24Y6.referralVerb[3]!, r`|it|he|she)\b)[a-z]+ (?:speaking|here)`, r`|it|he|she|ours|mine|yours|theirs|everyone|everybody|nobody|none|all|most|those|these)\b)[a-z]+ (?:speaking|here)`),
    v24.swap(
      'referralVerb',
      // Y2's "having a chat with": not "just / currently having …" (the provider consulting while the patron waits: "Just
      // having a quick chat with our Aotearoa New Zealand Centre team about it, bear with me."), nor a clause that opens on it
      // and tells it as past ("Right, having a chat with the council's housing team clearly hasn't got you anywhere.")
      // ["It's worth having a chat with your local housing advice service before you sign anything." still refers]
      6,
      retext(phrasesV24Y6.referralVerb[6]!, r`(?:im|i am|were|we are|was|been) having)`, r`(?:im|i am|were|we are|was|been|just|currently|busy) having)`) +
        r`(?!(?<=(?:^|[,;:.!?] )(?:(?:right|so|ok|okay|well|and|but|oh|ah),? )*having a (?:quick |brief )?(?:word|chat|talk) with)[^.;!?]*\b(?:hasnt|hadnt|didnt|wasnt|has not|had not|did not|was not)\b)`,
    ),
  ),
  // Y2's "give you a bell": not asked or refused ("Did the branch give you a bell when it came in?") ["I'll give you a bell
  // tomorrow morning on 07700 900462 …" still promises]
  followupPromise: v24.swap(
    'followupPromise',
    12,
    phrasesV24Y6.followupPromise[12]! +
      r`(?<!\b(?:did|does|do|didnt|doesnt|dont|has|have|hasnt|havent|cant|cannot|can not|couldnt|wont|will not)\b[^.!?]{0,40}? give (?:you|u) (?:an? |a quick |a short )bell)`,
  ),
  // Y3's "give me 5 minutes, I will revert back" / "revert in N minutes" are no holds when the reply goes by SMS, text or
  // WhatsApp ("Kindly give me 5 minutes to note it, I will revert back through SMS once the Tamil copy is traced.") ["Kindly
  // give me 5 minutes, I will revert back here in the chat itself." still holds]
  notPromise: replaced(
    22,
    retext(phrasesV24Y6.notPromise[22]!, r`\b(?:email|e mail|mail|phone|call|tomorrow`, r`\b(?:email|e mail|mail|phone|call|sms|text|whatsapp|messenger|tomorrow`),
    v24.swap('notPromise', 23, retext(phrasesV24Y6.notPromise[23]!, r`\b(?:email|e mail|mail|send|tomorrow`, r`\b(?:email|e mail|mail|send|sms|text|whatsapp|messenger|phone|call|tomorrow`)),
  ),
}));
// Y9: (test/twenty-third-round-endings-checked.test.ts) second wave, narrowings only of Y1-Y6's changes to endings, holds,
// greetings and questions. Each names the case it fixes and, in brackets, the near miss it must not catch.
/** (v24 Y9) After "dropped": something named as what dropped ("…seems to have dropped your file"), not the patron. */
const DROPPED_OBJECT_Y9 = r`(?!(?<=dropped) (?:your|ur|the|my|our|a|an|this|that|these|those|some|its|his|her|their|them|it|messages?|files?|attachments?)\b)`;
const phrasesV24Y9 = block(phrasesV24Y8, (v24) => ({
  completeness: replaced(
    // Y3's ", … working?" after a comma, not when the clause before the comma is the patron's own thing put first ("Before I
    // send the steps, your scanner at home, it is working?": a question about the patron's situation, before anything is
    // given) ["Kindly restart your app, it is working?", "Kindly check and tell, it is working?" still ask]
    178,
    phrasesV24Y8.completeness[178]! + r`(?<!(?:^|, )(?:your|ur) (?:[a-z0-9]+ ){0,4}?[a-z0-9]+, (?:(?:is|it|that|this|its|thats|everything|all) ){0,2}working)`,
    replaced(
      // Y3's "Hope … will be useful?" only with this / that / it / these / those as the subject: "Hope the workshop will be
      // useful for you?" is about a workshop the patron is booked into, not yet given (Zotero workshop case) ["Hope the APA
      // guide is useful for now?", "Hope this will be useful?" still ask]
      195,
      retext(phrasesV24Y8.completeness[195]!, r`(?:is|are|was|will be)`, r`(?:is|are|was|(?<=\b(?:this|that|it|these|those) )will be)`),
      v24.widen('completeness', [
        // Y6's "the kind of thing she / he / they would like" not before "to" or "doing": "…or is that the kind of thing he
        // would like to do with you at bedtime?" asks about the child's habits (Minecraft case) ["Is that the kind of thing
        // she would like?" after the books still asks]
        [2, r`(?:like|love|enjoy|want|need|likes|loves|enjoys|wants|needs)\b`, r`(?! to\b| doing\b)`],
      ]),
    ),
  ),
  greeting: replaced(
    // Y3's "Sat Sri Akal" not as a title: in double quotes or before a subtitle's colon ('"Sat Sri Akal: A Guide to Punjabi
    // Etiquette" by G. Dhillon…': etiquette book case) ["Sat Sri Akal ji! Harpreet here…" still greets]
    18,
    phrasesV24Y8.greeting[18]! + r`(?<!"sat (?:sri|shri|sree) akal)(?! ?:)`,
    // Y3's "Ayubowan" not as a place's name ("behind the Ayubowan Guest House": Kandy case) ["Ayubowan! Nimali here…" still greets]
    v24.swap('greeting', 19, phrasesV24Y8.greeting[19]! + r`(?<!\b(?:the|at|of|from|to|near) ayubowan)(?! (?:guest ?house|hotel|inn|lodge|resort|restaurant|cafe|hall|tours?|travels?|villa|road|mawatha|lane|street)\b)`),
  ),
  farewell: replaced(
    // Y6's title field also with a space or a dash before the colon ("Title : Goodbye to Berlin / Author : Isherwood…":
    // Isherwood record case) ["…Status : Available. Goodbye!" still says goodbye]
    0,
    retext(phrasesV24Y8.farewell[0]!, r`(?<!\btitle: good ?bye)`, r`(?<!\btitle ?[:-] ?good ?bye)`),
    // Y2's "e noho rā" not as a book's title ("the picture book E Noho Rā, Koro is on the shelf": picture book case) ["Ka pai,
    // e noho rā!" still says goodbye]
    v24.swap('farewell', 47, phrasesV24Y8.farewell[47]! + r`(?<!\b(?:book|novel|story|title|titled|called|named|waiata|song|read|film|poem) e noho ra)`),
  ),
  dismissalHard: replaced(
    // Y3's question limit not when the provider denies there is one ("There is no rule that only one question is allowed per
    // chat, ask as many as you like!") ["Sorry, only one question is allowed per chat." still dismisses]
    56,
    retext(phrasesV24Y8.dismissalHard[56]!, r`\ballowed\b`, r`\ballowed\b(?<!\b(?:no|not an?|never an?|isnt an?|is not an?) (?:such )?(?:rule|limit|policy|restriction)s? (?:here )?(?:(?:that|saying|says|like) )?(?:only )?(?:one|two|three|1|2|3|single) (?:questions?|queries|query|doubts?) (?:is |are )?allowed)`),
    // Y3's "Your session time is over" not about the public computers ("…your session time is over for today, each member gets
    // 2 hours on the public computers": Pune PC case) ["Your session time is over, kindly logout from the chat." still dismisses]
    v24.swap('dismissalHard', 57, phrasesV24Y8.dismissalHard[57]! + r`(?![^.!?]*\b(?:computers?|pcs?|terminals?|desktops?|workstations?)\b)(?<!\b(?:computers?|pcs?|terminals?|desktops?|workstations?)\b[^.!?]*)`),
  ),
  // Y3's "chat with us again" not when the provider says there is no need, or tells the patron not to ("No need to chat with
  // us again for this", "Please don't chat with us again for the exam timetable": hall ticket and timetable cases) ["I have
  // to attend other patrons now, kindly chat with us again after 2 pm." still offers a way back]
  wayBack: v24.widen('wayBack', [[1, r`\b(?:chat(?: with (?:us|me))?`, r`(?<!\b(?:no need to|dont|do not|dont need to|do not need to|cannot|cant|need not|never) chat(?: with (?:us|me))?)`]]),
  // v1's invitation back likewise, where Y3's "chat with us again" reads the same words ("No need to chat with us again for this":
  // hall ticket case) ["Kindly chat with us again if you need more help." still invites back]
  inviteBack: v24.widen('inviteBack', [[1, r`|get in touch with|connect with)`, r`(?<!\b(?:no need to|dont|do not|dont need to|do not need to|cannot|cant|need not|never) (?:chat|contact|message|ask|write|reach out to|text|call|visit|email|get in touch with|connect with))`]]),
  seemGone: replaced(
    // Y3's "It seems you are not available" not about a time or a slot ("not available on Saturday": orientation case) ["It
    // seems you are not available now, hence I am closing this chat.", "…not available in the chat" still tell]
    40,
    phrasesV24Y8.seemGone[40]! + r`(?! (?:on|in|at|for|this|next|during|between|until|till|from|before|after)\b(?! (?:the |this )?(?:chat|line)\b))`,
    replaced(
      // Y4's "the chat seems to have dropped" not when something dropped is named after it ("The chat seems to have dropped your
      // file, could you attach it once more?": attachment case) ["The chat seems to have dropped, so I will close it now."]
      41,
      phrasesV24Y8.seemGone[41]! + DROPPED_OBJECT_Y9,
      // Y4's "your connection may have dropped" not about a moment of the patron's doing ("…may have dropped during the upload,
      // could you attach it again?": reference list case) ["Your connection may have dropped; I'm going to end the chat now."],
      // nor with an object after it (the attachment case, "The chat may have dropped your file")
      v24.swap('seemGone', 42, phrasesV24Y8.seemGone[42]! + r`(?! (?:during|while|when|mid|midway|partway|in the middle of|as)\b)` + DROPPED_OBJECT_Y9),
    ),
  ),
  // Y3's "have to attend other patron" not when the provider says they do not have to ("No rush, I don't have to attend other
  // patrons now, so take your time": receipt case) ["I have to attend other patron now, so I am closing this chat."]
  othersWaiting: v24.swap('othersWaiting', 10, retext(phrasesV24Y8.othersWaiting[10]!, r`\battend\b`, r`\battend\b(?<!\b(?:dont|do not|didnt|did not|doesnt|does not|not|never|no) (?:have to|need to|must|got to|gotta|should|going to) attend)`)),
}));
// Y10: (test/twenty-third-round-settings-checked.test.ts) no phrase changes: the first wave's logic settings are narrowed
// by settings of their own (takeBackKindY10, takeBackNarrowY10, quotedRuleY10, quotedFirstPersonY10, introLeadY10,
// noteReceiverY10, introClauseSourceY10), documented on the Rubric type
const phrasesV24Y10 = block(phrasesV24Y9, (_v24) => ({}));

const phrasesV24: RubricPhrases = phrasesV24Y10;

/** Rubric v24: v23 with the phrase families and settings of a twenty-third round of sessions (blocks Y1-Y6, and Y8-Y10 the second wave's narrowings). */
export const rubricV24: Rubric = {
  ...rubricV23,
  version: '24',
  phrases: phrasesV24,
  quotedWordsY6: true,
  patronNameY6: true,
  pronounMeY2: true,
  loginWithY2: true,
  noteAddresseeY4: true,
  promiseTakenBackY5: true,
  referralTakenBackY5: true,
  laterIntroY1: true,
  bestLeadY1: true,
  postcodesY1: true,
  myselfThisSideY3: true,
  nameQuestionY3: true,
  requestYouY3: true,
  promisedPlanY9: true,
  sameToYouEndY9: true,
  thisSidePlaceY9: true,
  nameForAccountY9: true,
  loginSendY9: true,
  takeBackKindY10: true,
  takeBackNarrowY10: true,
  quotedRuleY10: true,
  introLeadY10: true,
  noteReceiverY10: true,
  introClauseSourceY10: true,
  quotedFirstPersonY10: true,
  postcodeAreaY8: true,
};

/** (v25 Z1) Where v13's completeness alternative about a source named without an article sits in v24's family. */
const COVER_REST_Z1 = phrasesV24.completeness.findIndex((x) => x.includes(r`get at) (?:(?:part|some|most|much|all|a lot) of )?what`));

// ---- Rubric v25: a twenty-fourth round of sessions (blocks Z1-Z6, then the second wave's Z8-Z10, each deriving from the one before) --------------
// Z1: (test/twenty-fourth-round-markup.test.ts)
// Markup itself is read by three settings (markdownZ1, templateFieldsZ1, invisibleZ1, documented on the Rubric type);
// one phrase change:
const phrasesV25Z1 = block(phrasesV24, (v25) => ({
  // v13's completeness about a source named without an article reads "the rest of" too: "Does NewsBank cover the rest of
  // what you need for now?" (Dayton Metro case) ["Does NewsBank cover the rest of the 1978 issues?": what the patron needs
  // must still follow]
  completeness: v25.widen('completeness', [[COVER_REST_Z1, r`(?:(?:part|some|most|much|all|a lot`, r`|the rest`]]),
}));
// Z2: (test/twenty-fourth-round-dictation.test.ts)
const phrasesV25Z2 = block(phrasesV25Z1, (v25) => ({
  // "any thing else i can help with": dictation's split "any thing" opens a question with no "?" as "anything else" does
  // (the "any thing else" case) ["Any thing else by her is checked out right now.", a statement: only before i / we / you
  // / today / for or at the end]
  questionOpening: v25.widen('questionOpening', [[2, r`|anything (?:else|more)`, r`|any thing (?:else|more)(?= (?:i|we|you|u|today|for)\b|[?!. ]*$)`]]),
  // "Hi your chatting with Priya at Mesa Public Library": "your" for "you're" (the Mesa case) ["Hi! Sorry your chatting
  // with us got cut off earlier.", the patron's chatting: not before us / me / them]
  selfIntro: v25.plus('selfIntro', r`\bchatting with\b(?<=\byour chatting with)(?! (?:us|me|them|him|her|it|the bot)\b)`),
  selfAffiliationLead: v25.plus('selfAffiliationLead', r`\bchatting with\b(?<=\byour chatting with)(?! (?:us|me|them|him|her|it|the bot)\b)`),
  // "Looks like your not there anymore so I will close the chat": the patron seems gone, "your" for "you're" too (the
  // "your not there" case) ["If it looks like you're not there, I'll close the chat in a few minutes.", a condition;
  // "Looks like you're not there yet: you're number 4 on the list", a queue]
  seemGone: v25.plus(
    'seemGone',
    r`\b(?:looks|seems|appears|sounds) like (?:you|u|your|ur|youre|you are|u r) (?:not|no longer) (?:there|here|online|with (?:me|us))\b(?! yet\b)(?<!\bif (?:it )?(?:looks|seems|appears|sounds) like (?:you|u|your|ur|youre|you are|u r) (?:not|no longer) [a-z]+)`,
  ),
  completeness: v25.widen(
    'completeness',
    // v1's "give you" not before an error or a message the patron may see: "Does it give you an error message when you type
    // the card number in?" asks about the patron's screen (the Palatine case) ["Did that give you the list you wanted?" still asks]
    [[0, r`|give (?:you|u)`, r`(?! (?:an?|any|the|some) (?:[a-z-]+ )?(?:error|errors|message|messages|warning|warnings|code|codes|popup|pop up|notice|prompt)\b)`]],
    // "Does that make it easier to read?" after the zoom steps, to a patron with low vision (the King County case) ["Does a
    // bigger font make it easier to read for you?" before any answer: the subject is that / this / it only]
    r`\beasier\b(?<=\b(?:does|did|do|has)(?:nt)? (?:that|this|it) (?:make|made) (?:it|things|them|the (?:text|print|page|screen|words)) easier)(?= to (?:read|see|use|hear|follow|understand)\b)`,
  ),
  // Q1's domain spelled out for a screen reader after "online / here / … at": "You can apply online at loc dot gov slash nls"
  // (the talking-books case) ["Got it, mwong at comcast dot net.": an e-mail read back, still no domain]
  namedResource: v25.swap(
    'namedResource',
    15,
    retext(
      phrasesV25Z1.namedResource[15]!,
      r`(?<!\bat [a-z0-9-]+ dot (?:com|org|gov|edu|net))`,
      r`(?<!\b(?!(?:online|here|there|us|it|them|site|website|web|page|apply|register|available|find|found|look|looked|go|visit|info|information|me)\b)[a-z0-9._%+-]+ at [a-z0-9-]+ dot (?:com|org|gov|edu|net))(?<!^at [a-z0-9-]+ dot (?:com|org|gov|edu|net))`,
    ),
  ),
}));
// Z3: (test/twenty-fourth-round-cultures.test.ts)
// Each change names the case it fixes (test/twenty-fourth-round-cultures.test.ts) and, in brackets, the near miss it must
// not catch. Holiday and seasonal wishes open a chat as a greeting and close one as a goodbye; words that greet and part in
// their language ("Aloha", "Shalom", "Namaste") part only at the end of a sentence that ends the message.
const Z3_HAPPY = r`diwali|deepavali|hanukkah|chanukah|hanukah|kwanzaa|thanksgiving|easter|holi|navratri|vaisakhi|nowruz|juneteenth|pride|holidays|halloween|passover|purim|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|fourth|4th`;
const Z3_WISH_TAIL = r`(?! (?:is|was|by|book|books|board|story|stories|storytime|event|events|program|programs|programme|celebration|party|parties|craft|crafts|parade|display|film|movie|song|songs|concert|festival|festivals|fair|sale|card|cards|carol|carols)\b)`;
const phrasesV25Z3 = block(phrasesV25Z2, (v25) => ({
  greeting: v25.plus(
    'greeting',
    // a wish opening a sentence greets: "Happy Diwali! I'm Priya…", "Happy Lunar New Year! Ask WA here…", "Happy Friday from the
    // Ask Oregon librarians!", "Happy Pride! I'm Alex…" (AskNJ, Ask WA, Ask Oregon, Ask NYPL cases) ['"Happy Diwali" by Hannah
    // Eliot is on the shelf…' (quoted, a title), "Happy Holidays storytime is Saturday…" (an event)]
    r`\b(?:${Z3_HAPPY}|year|hashanah|patricks|valentines|gras)\b(?<=^(?:(?:oh|and|also|hi|hello|hey)[ ,!]+)?(?:a )?(?:very )?happy (?:(?:lunar|chinese|jewish|vietnamese) )?(?:new year|rosh hashanah|st patricks|saint patricks|valentines|mardi gras|${Z3_HAPPY}))${Z3_WISH_TAIL}`,
    // "Merry Christmas Eve! This is Kayla…" (Kansas City case) [the same quoted title and events]
    r`\b(?:christmas|xmas)\b(?<=^(?:(?:oh|and|also|hi|hello|hey)[ ,!]+)?(?:a )?(?:very )?merry (?:christmas|xmas))${Z3_WISH_TAIL}`,
    // "Eid Mubarak to you too! This is Omar…", "Ramadan Kareem" (Dearborn and Ask Illinois cases) ["Kareem at the front desk…"]
    r`\b(?:mubarak|kareem)\b(?<=^(?:(?:oh|and|also|hi|hello|hey)[ ,!]+)?(?:eid(?: (?:al|ul|el)[ -](?:fitr|adha|azha))?|ramadan|ramzan|jummah?|jumma) (?:mubarak|kareem))${Z3_WISH_TAIL}`,
    // "Shana tova! I'm Rachel…", "L'shana tova", "Chag sameach" (the Maryland case)
    r`\btovah?\b(?<=^(?:(?:oh|and|also|hi|hello|hey)[ ,!]+)?(?:le |l ?)?shanah? tovah?)${Z3_WISH_TAIL}`,
    r`\bsameach\b(?<=^(?:(?:oh|and|also|hi|hello|hey)[ ,!]+)?(?:chag|hag)(?: [a-z]+)? sameach)${Z3_WISH_TAIL}`,
    // "Gong hei fat choy!", "Gong xi fa cai!", "Chuc mung nam moi!", "Feliz Navidad!" opening the chat
    r`\b(?:choy|choi|cai|moi|navidad)\b(?<=^(?:(?:oh|and|also|hi|hello|hey)[ ,!]+)?(?:(?:gong|kung|gung) (?:hei|hay) fat (?:choy|choi)|gong xi fa cai|chuc mung nam moi|feliz navidad))${Z3_WISH_TAIL}`,
    // second batch: "¡Feliz año nuevo! Soy Rosa…" opening the chat [the same board book]
    r`\bnuevo\b(?<=^(?:(?:oh|and|also|hi|hello|hey|hola)[ ,!]+)?(?:feliz|prospero) ano nuevo)${Z3_WISH_TAIL}`,
  ),
  farewell: v25.plus(
    'farewell',
    // a holiday wish closing the chat says goodbye: "Happy Lunar New Year! 🧧", "Happy Diwali!", "…end the chat now. Merry
    // Christmas!", "Eid Mubarak!", "Shana tova u'metukah to you and your family!" (the goodbye cases) ["There's also a board book
    // called Happy Diwali! at Main.", "We also have the Merry Christmas, Strega Nona picture book.", "The Eid Mubarak cards
    // craft is Saturday." (a title or an event, after a word other than a wish's lead)]
    r`\b(?:${Z3_HAPPY}|year|hashanah|patricks|valentines|gras)\b(?<=(?:^|[,;!.] |\b(?:and|you|a|very|also|all|yours) )happy (?:(?:lunar|chinese|jewish|vietnamese) )?(?:new year|rosh hashanah|st patricks|saint patricks|valentines|mardi gras|${Z3_HAPPY}))${Z3_WISH_TAIL}`,
    r`\b(?:christmas|xmas)\b(?<=(?:^|[,;!.] |\b(?:and|you|a|very|also|all|yours) )merry (?:christmas|xmas))${Z3_WISH_TAIL}`,
    r`\b(?:mubarak|kareem)\b(?<=(?:^|[,;!.] |\b(?:and|you|also|all|yours) )(?:eid(?: (?:al|ul|el)[ -](?:fitr|adha|azha))?|ramadan|ramzan|jummah?|jumma) (?:mubarak|kareem))${Z3_WISH_TAIL}`,
    r`\btovah?\b(?<=(?:^|[,;!.] |\b(?:and|you|also|all|yours) )(?:le |l ?)?shanah? tovah?)${Z3_WISH_TAIL}`,
    r`\bsameach\b(?<=(?:^|[,;!.] |\b(?:and|you|also|all|yours) )(?:chag|hag)(?: [a-z]+)? sameach)${Z3_WISH_TAIL}`,
    r`\b(?:choy|choi|cai|moi|navidad)\b(?<=(?:^|[,;!.] |\b(?:and|you|also|all|yours) )(?:(?:gong|kung|gung) (?:hei|hay) fat (?:choy|choi)|gong xi fa cai|chuc mung nam moi|feliz navidad))${Z3_WISH_TAIL}`,
    // words that greet and part, ending the message's last sentence: "Aloha!", "Mahalo and aloha!", "Shalom!", "Namaste 🙏",
    // "…, salaam." (Fairfax, Baltimore County, "Aloha!" cases) ["The Aloha Festivals schedule is at alohafestivals.com.",
    // "Shalom Aleichem's stories are in the same section.": the sentence goes on]
    r`\b(?:aloha|shalom|namaste|salaam|salam|annyeong)\b(?<=(?:^|[.!?,;] |\b(?:and|mahalo|shabbat|thanks|thank you) )(?:aloha|shalom|namaste|salaam|salam|annyeong))(?=[^a-z0-9]*$)`,
    // "Sayonara!", "A hui hou!", "Khuda hafiz!" / "Allah hafiz" (the "Khuda hafiz!" case) ["The film Khuda Hafiz is on the same
    // shelf."]
    r`\bsayonara\b(?! (?:is|was|means|by)\b)`,
    r`\bhou\b(?<=\ba hui hou)`,
    r`\b(?:hafiz|hafez)\b(?<=(?:^|[.!?,;] |\b(?:and|ok|okay) )(?:khuda|allah) (?:hafiz|hafez))(?=[^a-z0-9]*$| (?:and|take)\b|,)`,
    // "God bless.", "God bless you all!" (the "God bless." case) ["The God Bless America sheet music is on the same page."]
    r`\bbless\b(?<=\bgod bless)(?=(?: (?:you|u|ya|yall|you all)(?: all| both| and (?:your|ur) (?:family|loved ones|kids))?)?[^a-z0-9]*$)`,
    // "Peace ✌️", "Take it easy, peace." (the "Peace ✌️" case) ["The Peace Corps office has its own library, by the way.",
    // "…rest in peace."]
    r`\bpeace\b(?<=(?:^|[.!?,;] |\band )peace)(?=[^a-z0-9]*$)`,
    // second batch (after the first run): "Later gator!", "Ok, later!" ["I'll email the rest later.", "Try again later."]
    r`\blater\b(?<=(?:^|[.!?,;] |\b(?:ok|okay|alright|and) )later)(?=(?: (?:gator|alligator|yall|y all|friend|then))?[^a-z0-9]*$)`,
    // "Auf Wiedersehen!", "Tschüss!", "Arrivederci!" ["Arrivederci Roma sheet music is on the same page.", a song]
    r`\b(?:wiedersehen|wiederschauen|tschuss|arrivederci)\b(?! (?:is|was|by|roma|pets|sheet|song|songs|album|film|movie|book)\b)`,
    // "Good Shabbos!" ["The Good Shabbos candle-lighting times are on the same page."]
    r`\bshabbos\b(?<=\b(?:good|gut|gutten) shabbos)(?! (?:is|was|candle|candles|candle-lighting|dinner|meal|table|program|programs|service|services|times)\b)`,
    // "¡Feliz año nuevo!" ["There's a bilingual board book called Feliz Año Nuevo at Main."]
    r`\bnuevo\b(?<=(?:^|[,;!.] |\b(?:and|y|un|you|also|all|yours) )(?:feliz|prospero) ano nuevo)${Z3_WISH_TAIL}`,
    // "Blessings!", "Many blessings.", "Be blessed." ["The Blessings of Liberty exhibit closed last week."]
    r`\bblessings\b(?<=(?:^|[.!?,;] |\b(?:many|and|with) )blessings)(?=[^a-z0-9]*$)`,
    r`\bblessed\b(?<=(?:^|[.!?,;] |\band )(?:be|stay) blessed)(?=[^a-z0-9]*$)`,
    // "Keep warm!", "Bundle up out there!" ["The warming center says to keep warm clothes on hand."]
    r`\bwarm\b(?<=(?:^|[.!?,;] |\band )keep warm)(?=(?: out there)?[^a-z0-9]*$)`,
    r`\bbundle\b(?<=(?:^|[.!?,;] |\band )bundle)(?= up(?: out there)?[^a-z0-9]*$)`,
  ),
  thanks: v25.plus(
    'thanks',
    // second batch: "Toda raba!" (Hebrew) and "Dhanyavaad!" (Hindi) thank ["Toda la información está en la página.", Spanish
    // "all": the alternative is keyed on "raba"]
    r`\braba\b(?<=\btoda raba)`,
    r`\b(?:dhanyavaad|dhanyavad|dhanyawad)\b`,
  ),
}));
// Z4: (test/twenty-fourth-round-dense.test.ts)
const phrasesV25Z4 = block(phrasesV25Z3, (v25) => ({
  // v2's transcript notice no longer takes back a promise to send made before it in the sentence and joined to it by "and"
  // ("I'll email you the rest of the list tomorrow, and a transcript of this chat will be sent too.": the goodbye macro
  // case) ["I'm closing the chat now, and a transcript of this chat will be emailed to you.", "A transcript of this chat will
  // be sent to your email." and "I'll email you a transcript of this chat." still promise nothing]
  notPromise: v25.swap(
    'notPromise',
    5,
    phrasesV25Z3.notPromise[5]! +
      r`(?<!\b(?:ill|i will|we will|well|im going to|i am going to|were going to|we are going to) (?:also )?(?:email|e mail|send|mail|forward|text|call)\b[^.!?]{1,100}\band (?:also )?(?:a |an |the |your )?(?:(?:chat|session|conversation) transcript|transcript of (?:this|the|our) (?:chat|session|conversation)|copy of (?:this|the|our|your) (?:chat|session|conversation|transcript)))`,
  ),
  // Animal Control is a party to call ("Here's the number to call: 301-600-1544." then "That's Frederick County Animal Control;
  // call them …", and "301-600-1544 is the number to call: that's Frederick County Animal Control": barking dog cases) ["The
  // county's animal control rules are at frederickcountymd.gov/…", a page to read: no referral]
  referralParty: v25.plus(
    'referralParty',
    r`\banimal (?:control|care and control|care & control|services|protective services)\b(?! (?:page|pages|website|websites|site|sites|app|laws?|rules?|ordinances?|codes?|regulations?|article|guide|officers? (?:will|can|may|came|come))\b)`,
  ),
}));
// Z5: (test/twenty-fourth-round-identifiers.test.ts)
const phrasesV25Z5 = block(phrasesV25Z4, (v25) => ({
  // Each change names the case of test/twenty-fourth-round-identifiers.test.ts it fixes and, in brackets, the near miss it
  // must not catch.
  // "give me 5, checking the reserves list": a bare count after "give me" at the end of its clause, or before what the
  // provider is doing, asks the patron to wait (BIOL 2401 reserves case) ["can you give me the 5 digits after the dash?",
  // "Could you give me 5?", "give me 5 stars on the survey"]
  hold: v25.swap(
    'hold',
    1,
    retext(
      phrasesV25Z4.hold[1]!,
      r`(?:moment|minute|second|bit|while|tick|jiffy|shake|sec|min)s?\b`,
      r`(?:(?:moment|minute|second|bit|while|tick|jiffy|shake|sec|min)s?\b|(?<=(?<!\b(?:can|could|would|will|pls|please) (?:you|u) (?:please |pls )?)\b(?:give|allow) me \d{1,2})(?= ?(?:[.!,;]|$| (?:while|as|and|so|i|im|ill|let|checking|looking|searching|to (?:check|look|find|search|dig|pull))\b)))`,
    ),
  ),
  // "I'll call you back by 3 with what I find": a clock hour without am / pm says when (1961 obituary case, and the short
  // "by 3" case) ["I'll email you the list; the branch closes by 6.", "down by 3 votes", "by 3 copies"]
  whenExpect: v25.widen('whenExpect', [
    [
      0,
      r`|\d{1,2}(?::\d\d)? ?(?:am|pm)`,
      r`|(?:[1-9]|1[0-2])(?::[0-5]\d)?(?= ?(?:o ?clock\b|today\b|tonight\b|this (?:afternoon|evening)\b|[.!,;]|$| (?:with|and|at the latest)\b))(?<!\b(?:close|closes|closed|closing|open|opens|shut|shuts|leave|leaves|home|gone|out|off|(?:be|been|come|coming|im) back) by (?:[1-9]|1[0-2])(?::[0-5]\d)?)`,
    ],
  ]),
  phone: v25.plus(
    'phone',
    // a text short code after "text your zip code to", with or without its dash (Maryland 211 short case: "text your zip
    // code to 898-211") ["text your zip code to the branch", "Text your card number to your phone"]
    r`\b(?:text|txt) (?:your|ur|the word|a|the) [a-z]{2,12}(?: (?:code|number|name))? to (?:\d{5,6}|\d{3}-\d{3})(?![\d-])`,
    // a campus extension on its own, "call the Writing Center at ext. 4471" (Towson lab report case; rubricV25 also stops
    // "ext." ending a sentence) ["Room 507", "a 2 week extension", "file extension .pdf", "an extension 30 days"]
    r`\bext(?:ension)?\b(?<!\b(?:an|file|deadline|loan|renewal|grace|due date) ext(?:ension)?)\.? ?\d{3,5}\b(?![-./]\d)`,
  ),
}));
// Z6: (test/twenty-fourth-round-proxies.test.ts)
const phrasesV25Z6 = block(phrasesV25Z5, (v25) => ({
  // "It looks like you've both logged off, so I'll end the chat now" (a parent and child, two students at one computer)
  // ["Looks like you both have the same question" says no one has gone]
  seemGone: v25.widen('seemGone', [
    [0, r`?(?:been |`, r`both |all |`],
    // "It seems you and your grandma have left the chat" ["It seems you and your grandma have the same taste in books"]
    [0, r`? (?:you|u|we|`, r`you (?:and|&) (?:your|ur) [a-z]+|`],
  ]),
  // "Can you ask her whether that answers her question?", "Can you ask him if that is what he needs?": through an interpreter
  // or a relative, whether what was given meets the need (keyed on the verb at the end) ["Can you ask him if he wants it in
  // large print?" asks about something not yet given]
  completeness: v25.widen(
    'completeness',
    // "Does that get your patron what they need?" (a librarian asking for a patron) ["Does that get you into the building?"]
    [
      [145, r`(?:cover|covers|covered|answer|answers|get at`, r`|get (?:you|u|your [a-z]+|her|him|them)`],
      [145, r`what (?:you|u`, r`|they|he|she`],
    ],
    r`\b(?:answers|helps|covers|needs|needed|wants|wanted)\b(?<=\bask (?:her|him|them|your (?:[a-z]+ )?[a-z]+) (?:if|whether) (?:that|this|it|these|those) (?:answers|helps|covers|(?:is|are|was|were) what (?:she|he|they) (?:needs|needed|wants|wanted)))`,
  ),
  // "Always happy to help a librarian and their patron.": the librarian helped is the patron, not who is answering
  // ["Librarian here too, Sam at the State Library." still says who is answering]
  selfRole: v25.swap('selfRole', 0, retext(phrasesV25Z5.selfRole[0]!, r`reference department|librarian|`, r`reference department|librarian(?<!\b(?:help|helping|assist|assisting|serve|serving|support|supporting) (?:a|another|other|a fellow|fellow) librarian)|`)),
  // "your client can call them at 410-…", "The family should also ask their own case manager…", "Have your client call …": the
  // person the patron asks for is told, through the patron, whom to contact (keyed on the person) ["My client called Legal
  // Aid last week" tells of a call made]
  referralActor: v25.plus(
    'referralActor',
    r`\b(?:client|clients|family|neighbou?r|friend|mom|mum|mother|dad|father|son|daughter|husband|wife|grandma|grandpa|grandmother|grandfather|patron|student|students)(?<=\b(?:your|the|her|his|their|my) [a-z]+) (?:can|could|should|may|might|will need to|would need to|needs to|need to|has to|have to|will want to)(?: (?:also|just|first|then|still))? ?$`,
    r`\b(?:client|clients|family|neighbou?r|friend|mom|mum|mother|dad|father|son|daughter|husband|wife|grandma|grandpa|grandmother|grandfather|patron|student|students)(?<=\bhave (?:your|the|her|his|their) [a-z]+) ?$`,
  ),
}));
// Z8: second wave, contacts, referrals, sources and promises (test/twenty-fourth-round-contacts-checked.test.ts)
const phrasesV25Z8 = block(phrasesV25Z6, (v25) => ({
  // Narrowings only: each change names the case of test/twenty-fourth-round-contacts-checked.test.ts it fixes and, in
  // brackets, the near miss it must not catch.
  // Z5's "by 3" not after a number or an operation: "I'll email you two worksheets on dividing by 3, with the answer keys",
  // "a scan of the best one, sized 8 by 10, and …", "it's big, about 2 by 3." (the dividing, Dayton Metro and fold-out map
  // cases) ["I'll call you back by 3 with the pickup details." still says when]
  whenExpect: v25.swap(
    'whenExpect',
    0,
    retext(
      phrasesV25Z6.whenExpect[0]!,
      r`(?<!\b(?:close|closes|closed|closing|`,
      r`(?<!\b(?:\d{1,3}|divide|divides|divided|dividing|divisible|multiply|multiplied|multiplying|times|sorted|grouped|counting|count|up|down|won|lost|ahead|behind|close|closes|closed|closing|`,
    ),
  ),
  phone: replaced(
    // Z5's extension, not a class named after the Extension service: "The Extension 101 workshop for new beekeepers is
    // Tuesday" (the Extension 101 case) ["call the Writing Center at ext. 4471" is still a phone]
    27,
    retext(
      phrasesV25Z6.phone[27]!,
      r`(?![-./]\d)`,
      r`(?![-./]\d)(?<!\bthe ext(?:ension)?\.? ?\d{3,5})(?! (?:workshop|workshops|class|classes|course|courses|program|programs|series|webinar|webinars|session|sessions|handbook|manual|guide|report|bulletin)\b)`,
    ),
    v25.swap(
      'phone',
      // Z5's short code, not the service's own line for questions: "You can also text your question to 66746 anytime." (the
      // 66746 case) ["Contact 211 Maryland: text your zip code to 898-211 …" still gives the short code]
      26,
      retext(phrasesV25Z6.phone[26]!, r`(?:your|ur|the word|a|the) [a-z]{2,12}`, r`(?:your|ur|the word|a|the) (?!(?:question|questions|query|queries|message|messages|comment|comments|feedback)\b)[a-z]{2,12}`),
    ),
  ),
  // Z2's spelled domain after "info" only after "more / further / for / the …": "write to us at info at westfieldlibrary dot
  // org" spells the service's own e-mail (the Labor Day case) ["You can find the form online at mva dot maryland dot gov",
  // "more info at loc dot gov" still spell a domain]
  namedResource: v25.swap(
    'namedResource',
    15,
    retext(phrasesV25Z6.namedResource[15]!, r`|visit|info|information|me)\b)`, r`|visit|(?<=\b(?:more|further|additional|detailed|for|the|get|find) )(?:info|information)|me)\b)`),
  ),
  // Z4's promise before the transcript notice: not a question passed "to" someone else: "I'll forward this to Circulation,
  // and a transcript of this chat will be emailed to you." promises the patron nothing (the Circulation case) ["I'll email
  // you the rest of the list tomorrow, and a transcript of this chat will be sent too" still promises]
  notPromise: v25.swap(
    'notPromise',
    5,
    retext(
      phrasesV25Z6.notPromise[5]!,
      r`(?:email|e mail|send|mail|forward|text|call)\b[^.!?]{1,100}\band`,
      r`(?:email|e mail|send|mail|forward|text|call)\b(?! (?:this|it|that|these|those|your [a-z]+)(?: on| along| over)? to (?!you\b|u\b|your (?:email|inbox|phone)\b))[^.!?]{1,100}\band`,
    ),
  ),
}));
// Z9: second wave, endings, greetings, holds and questions (test/twenty-fourth-round-endings-checked.test.ts)
// Each change names the case of test/twenty-fourth-round-endings-checked.test.ts it fixes and, in brackets, the near miss it
// must not catch (a case of the same file). Narrowings only.
/** (v25 Z9) A book's title after a wish and a comma, then its verb: "Merry Christmas, Curious George is on the shelf". */
const Z9_COMMA_TITLE = r`(?!, (?!(?:the|our|my|your|this|that|it|its|we|i|all|everyone|everybody|and|from|to|you|hours|here|just|hope|enjoy|stay|see|talk|take|have|thanks|thank|happy|merry)\b)[a-z]+(?: [a-z]+){0,3} (?:is|was|are|were|by|has)\b)`;
/** (v25 Z9) A wish that names a schedule: "Happy Holidays hours are on the homepage". */
const Z9_SCHEDULE = r`(?! (?:hours|hour|schedule|schedules|closure|closures|closing|closings|calendar|notice|notices)\b)`;
/** (v25 Z9) A wish passed on to someone other than the patron: "Wish your grandma a very happy Diwali from all of us!". */
const Z9_PASSED_ON = r`(?<!\b(?:wish|tell|give) (?:your|her|his|their|the|my|our) (?!(?:family|families|loved|folks|household)\b)[^.!?,;]{1,60})`;
/** (v25 Z9) Z6's "both / all" and "you and your X" when an object, a time or a place follows the verb ("you've both lost your cards"). */
const Z9_GONE_OBJECT = r`(?!(?<=\b(?:both|all) [a-z ]{2,30}|\byou (?:and|&) (?:your|ur) [a-z ]{2,40}) (?:your|ur|their|the|a|an|his|her|my|our|until|till|til|for|on|in|from|to|this|next|at|by|with)\b(?! (?:the |this |our )?(?:chat|session|conversation|line|call)\b))`;
const phrasesV25Z9 = block(phrasesV25Z8, (v25) => ({
  greeting: replaced(
    // Z3's "Happy …" wish not as a schedule's name or a book's title ("Ask a Librarian, this is Sam. Happy Holidays hours are on
    // the homepage", Lexington case) ["Merry Christmas, Ms. Okafor! Jo at Sample County Library here." still greets]
    21,
    phrasesV25Z8.greeting[21]! + Z9_SCHEDULE + Z9_COMMA_TITLE,
    // Z3's "Merry Christmas" not as the start of a title without quotes ("Merry Christmas, Curious George is on the shelf at
    // Westside": Curious George case) [the same near miss]
    v25.swap('greeting', 22, phrasesV25Z8.greeting[22]! + Z9_SCHEDULE + Z9_COMMA_TITLE),
  ),
  farewell: replaced(
    // Z3's "Happy …" goodbye not as a schedule or a title, nor as a wish passed on to someone else ("Wish your grandma a very
    // happy Diwali from all of us!": Edison case) ["Happy Diwali to you and your family!" still says goodbye]
    49,
    phrasesV25Z8.farewell[49]! + Z9_SCHEDULE + Z9_COMMA_TITLE + Z9_PASSED_ON,
    replaced(
      50,
      phrasesV25Z8.farewell[50]! + Z9_SCHEDULE + Z9_COMMA_TITLE + Z9_PASSED_ON,
      replaced(
        // Z3's greet-and-part words not in a question ("Which one did you pick for pickup: Hillsboro, Beaverton, Aloha?": pickup
        // branch case; "…is this for a class, Shalom?": Skokie case) ["Mahalo for chatting, aloha!" still parts]
        55,
        retext(phrasesV25Z8.farewell[55]!, r`(?=[^a-z0-9]*$)`, r`(?=[^a-z0-9?]*$)`),
        replaced(
          // Z3's "Peace" not in Tolstoy's title ("…it's War and Peace.": book club case) ["Take it easy, peace." still parts]
          60,
          phrasesV25Z8.farewell[60]! + r`(?<!\b(?:war|justice|prosperity|conflict|love and war) and peace)`,
          replaced(
            // Z3's "Later gator" not as a book named after its author ("Sounds like the one by Laurence Yep, Later Gator!": Yep
            // case) ["Ok, later!" still parts]
            61,
            phrasesV25Z8.farewell[61]! + r`(?<!\b(?:by|book|novel|called|titled|named|one) [^.!?,;]{0,30}[,:] later)`,
            replaced(
              // Z3's "Blessings" not as a named book ("…Anna Quindlen's novel, Blessings.": Arlington case) ["Many blessings."]
              65,
              phrasesV25Z8.farewell[65]! + r`(?<!\b(?:novel|book|memoir|title|titled|called|named|album|song|film|movie|poem|story|collection)[ ,:]+blessings)`,
              // Z3's "keep warm" not as what a place lets people do ("…so anyone can come in and keep warm.": warming center
              // case) ["Stay safe and keep warm!" still parts]
              v25.swap('farewell', 67, phrasesV25Z8.farewell[67]! + r`(?<!\b(?:can|could|to|will|may|might|where|so)\b[^.!?,;]{1,40}\band keep warm)`),
            ),
          ),
        ),
      ),
    ),
  ),
  // Z3's "Toda raba" not when the phrase is explained ("Toda raba is Hebrew for thank you very much": Hebrew card case)
  // ["Toda raba for waiting!" still thanks]
  thanks: v25.swap('thanks', 6, phrasesV25Z8.thanks[6]! + r`(?! (?:is|means|meaning|translates|in hebrew)\b)(?<!\b(?:say|write|spell|spelled|phrase|word|words|is|means|its) toda raba)`),
  // Z5's "give me 5" not after praise (a high five: "Way to go, give me 5!": Libby case) nor after "if / when / once you"
  // ("If you give me 5, I'll renew them now": renewals case) ["Give me 5, pulling up your account." still holds]
  hold: v25.swap(
    'hold',
    1,
    retext(
      phrasesV25Z8.hold[1]!,
      r`(?<!\b(?:can|could|would|will|pls|please) (?:you|u) (?:please |pls )?)`,
      r`(?<!\b(?:can|could|would|will|pls|please|if|when|once) (?:you|u) (?:please |pls |just |can |could )?)(?<!\b(?:way to go|nice|nice one|nice job|nice work|good job|great job|great work|well done|awesome|amazing|yay|woohoo|woo hoo|you did it|congrats|congratulations|go you|hooray|hurray|high five|up top)[ ,!]+)`,
    ),
  ),
  seemGone: replaced(
    // Z6's "both" and "you and your X" not when an object, a time or a place follows ("Looks like you've both lost your cards":
    // San Antonio case; "you and your husband are away until March": Ann Arbor case) ["It looks like you've both logged off,
    // so I'm closing the chat now.", "It seems you and your grandma have left the chat"]
    0,
    phrasesV25Z8.seemGone[0]! + Z9_GONE_OBJECT,
    // Z2's "looks like you're not there" not about a list or a record ("Looks like you're not there on the holds list
    // anymore": expired hold case) ["Looks like your not there anymore so I will close the chat"]
    v25.swap('seemGone', 43, phrasesV25Z8.seemGone[43]! + r`(?! (?:on|in|at|under|for|from) (?!(?:the |this |our )?(?:chat|line|call)\b))`),
  ),
  completeness: replaced(
    // Z2's narrowing of v1's "give you" also before a confirmation or a receipt the patron may see ("Did the form give you a
    // confirmation number at the end?": Hennepin case) ["Did that give you the list you wanted?" still asks]
    0,
    retext(phrasesV25Z8.completeness[0]!, r`|notice|prompt)\b)`, r`|notice|prompt|confirmation|confirmations|receipt|receipts)\b)`),
    replaced(
      // Z1's "the rest of" not after a payer ("Does Medicaid cover the rest of what you need?": hearing aids case) ["Does
      // HeritageQuest cover the rest of what you need?" still asks]
      145,
      retext(
        phrasesV25Z8.completeness[145]!,
        r`|the rest) of )?`,
        r`|the rest(?<!\b(?:medicaid|medicare|insurance|aid|snap|wic|pell|fafsa|grant|grants|scholarship|scholarships|loan|loans|stipend|budget|benefits|ssi|ssdi|tricare|chip|paycheck|income|savings|pension|coverage|plan) (?:cover|covers|covered) the rest)) of )?`,
      ),
      replaced(
        // Z2's "make it easier" not about the patron's own try ("Does it make it easier to read when you turn the phone
        // sideways?": King County case) ["Does that make it easier to read?" after the zoom steps]
        196,
        retext(phrasesV25Z8.completeness[196]!, r`(?= to (?:read|see|use|hear|follow|understand)\b)`, r`(?= to (?:read|see|use|hear|follow|understand)\b(?! (?:when|if|once|while|after|before|with|without) (?:you|u|he|she|they|i|we)\b))`),
        // Z6's "ask her whether that answers / helps / covers" not when the verb takes something else ("…whether it covers the
        // summer session too?": UT case; "…whether it helps to have large print?": Omaha case) ["Can you ask him whether that
        // answers his question?" still asks]
        v25.swap('completeness', 197, phrasesV25Z8.completeness[197]! + r`(?!(?<=\b(?:answers|helps|covers)) (?!(?:her|his|their|them|him|your) (?:question|questions|need|needs)\b|(?:at all|enough|now|ok|okay)\b|for (?:her|him|them)\b)[a-z])`),
      ),
    ),
  ),
  // Z6's narrowing of v1's "librarian" also with "help out" ("Always happy to help out a fellow librarian.": school librarian
  // case) ["Hi! Fellow librarian here, Dana at the State Library." still says who is answering]
  selfRole: v25.swap(
    'selfRole',
    0,
    retext(phrasesV25Z8.selfRole[0]!, r`(?<!\b(?:help|helping|assist|assisting|serve|serving|support|supporting) (?:a|`, r`(?<!\b(?:help|helping|assist|assisting|serve|serving|support|supporting)(?: out)? (?:a|`),
  ),
}));
// Z10: second wave, the first wave's logic settings (test/twenty-fourth-round-settings-checked.test.ts)
// No phrase change: Z10's narrowings are settings (documented on the Rubric type, set in rubricV25): spokenIdZ10,
// sharedNameZ10, titleLeadZ10, echoTitleZ10, wishIntroZ10, extBeforeDigitZ10.
const phrasesV25Z10 = block(phrasesV25Z9, (_v25) => ({}));

const phrasesV25: RubricPhrases = phrasesV25Z10;

/** Rubric v25: v24 with the phrase families and settings of a twenty-fourth round of sessions (blocks Z1-Z6). */
export const rubricV25: Rubric = {
  ...rubricV24,
  version: '25',
  phrases: phrasesV25,
  markdownZ1: true,
  templateFieldsZ1: true,
  invisibleZ1: true,
  // (v25 Z5) "ext." does not end a sentence ("Call the Writing Center at ext. 4471 from any campus phone.")
  abbreviations: [...ABBREVIATIONS_V4, 'ext'],
  signatureContactZ4: true,
  patronSignOnZ6: true,
  haveCallZ6: true,
  spokenPhoneZ2: true,
  thisTitleZ2: true,
  titleEchoZ2: true,
  wishGreetingZ3: true,
  spokenIdZ10: true,
  sharedNameZ10: true,
  titleLeadZ10: true,
  echoTitleZ10: true,
  wishIntroZ10: true,
  extBeforeDigitZ10: true,
  wishOpenAgainZ9: true,
  returnedWishZ9: true,
  chatLinkParenZ8: true,
  signatureOrgZ8: true,
};

// A1: negation, hedging and conditional offers (test/twenty-fifth-round-negation.test.ts). Phrase changes only.
const phrasesV26A1 = block(phrasesV25, (v26) => ({
  // a hyphenated word between "I'll" and "email you" no longer breaks the promise: "I can't promise I'll find it, but I'll
  // go through the April-June 1978 microfilm tomorrow and email you what I find by Friday" (Greenville County case) [the
  // sign-up form the system will email you a confirmation for stays no promise: v10's notPromise still takes it]
  followupPromise: v26.swap('followupPromise', 3, retext(phrasesV25.followupPromise[3]!, r`(?:[a-z&0-9]+ ){0,12}?`, r`(?:[a-z&0-9]+(?:-[a-z&0-9]+)* ){0,12}?`)),
  // "Nobody will call you about it", "No one from the branch will call you": a promise denied (Salt Lake County case) ["Nobody
  // will call you, but I'll email you the form by Friday" still promises]
  notPromise: v26.plus(
    'notPromise',
    r`\b(?:nobody|noone|one)\b(?<=\b(?:nobody|noone|no one))(?= (?:(?:from|at|in) [a-z ]{1,40}? )?(?:will|is going to|is gonna|would|should) (?:ever )?(?:call|phone|ring|email|e mail|text|contact|write to|get back to|reach out to|follow up with) (?:you|u)\b)(?![^.!?]*\bbut (?:i|we|ill|well|someone|our|my)\b)`,
  ),
  // "Not goodbye yet, one more thing: …", "Don't say goodbye yet!" say no goodbye (Ask Us 24/7 case) ["Goodbye for now, not
  // goodbye forever!" still parts]
  farewell: v26.swap(
    'farewell',
    0,
    retext(
      retext(phrasesV25.farewell[0]!, r`good ?bye(?<!\btitle ?[:-] ?good ?bye)`, r`good ?bye(?<!\btitle ?[:-] ?good ?bye)(?<!\bnot (?:quite |just |saying )?good ?bye)(?<!\b(?:dont|do not) say good ?bye)`),
      r`|take it easy|bye|`,
      r`|take it easy|bye(?<!\bnot (?:quite |just |saying )?good bye)(?<!\b(?:dont|do not) say good bye)|`,
    ),
  ),
  // "No thanks needed, that's what we're here for." thanks no one (the "No thanks needed" case) ["No thanks needed, and
  // thanks for chatting with us!" still thanks]
  thanks: v26.swap('thanks', 0, phrasesV25.thanks[0]! + r`(?!(?<=\bno (?:thanks|thank you|thank u)) (?:needed|necessary|required)\b)`),
  // "I won't transfer you, I can answer this one myself." announces no transfer (the "I won't transfer you" case) ["I won't
  // be long: transferring you to Ana in Government Documents now." still does]
  transferNotice: v26.widen('transferNotice', [
    [0, r`\b(?:transfer|transferring|transferred)`, r`(?<!\b(?:wont|will not|not|never|dont need to|do not need to|no need to|dont have to|do not have to|didnt|did not|dont want to|cant|cannot) (?:transfer|transferring|transferred))`],
  ]),
  // a doubt put to the patron as a tag question: "I'm not sure that answers it for a 6-year-old though — does it?", "I'm not
  // sure that's quite what you needed, is it?" (Ask Now case) ["Not sure if that helps, sorry." asks nothing; "I'm not sure
  // that covers it, is it for a class?" asks about the need]
  completeness: v26.plus(
    'completeness',
    r`\b(?:answers|answered|covers|covered|helps|helped|needed|wanted|asked)\b(?<=\b(?:not sure|unsure|not certain|dont know) (?:if |whether )?(?:that|this|it|thats|that is|this is|its|it is)(?: (?:quite|really|exactly|fully|totally|actually|all))?(?: what (?:you|u))? (?:answers|answered|covers|covered|helps|helped|needed|wanted|asked))(?=[^.!?]{0,50}?[,;:-]? (?:does|did|is|was|do|has) (?:it|that|this)\b[^a-z]*\?)`,
  ),
  // "Unless you have any other questions, I'll let you get to your reading!" puts the question of more needs to the
  // patron, as "let me know if…" does (Boise case) ["Unless you have other questions for the clerk, just mail the form."]
  letMeKnow: v26.plus(
    'letMeKnow',
    r`\bunless (?:you|u) (?:have|got|need|ve got|have got)(?: (?:any|some))? (?:other|more|further|additional) (?:questions?|qs)\b(?=[,.!;]| *$| for (?:me|us)\b| (?:i|we) can\b)`,
  ),
  // "I'm not able to help with any more questions today." ends the help for the provider's convenience (a way back still
  // saves it) ["I'm not able to help with any more questions about your taxes, but the VITA site can" is about the topic]
  dismissalConvenience: v26.plus(
    'dismissalConvenience',
    r`\bquestions?\b(?<=\b(?:(?:im|i am|were|we are) (?:not able|unable)|(?:i|we) (?:cant|cannot|can not|wont be able to)) to (?:help (?:you |u )?with|answer|take|handle|get to) any (?:more|further|other) questions?)(?= *(?:today|tonight|right now|now|for (?:today|tonight|now))?\b *(?:[.!,;]|$))`,
  ),
}));

// A2: quoted, reported and pasted-in speech (test/twenty-fifth-round-quoted.test.ts). Logic behind settings (singleQuotesA2,
// quotedNoticeA2, quotedPromiseA2, reportedDismissalA2, quotedQuestionA2, outsideQuotesDoneA2, pastedContactA2, documented on
// the Rubric type); two phrase changes, each with the case it fixes and, in brackets, the near miss it must not catch:
const phrasesV26A2 = block(phrasesV26A1, (v26) => ({
  // a colleague's hi relayed is the colleague's greeting, not the provider's: "Ravi at Fenwick Library here. My coworker Jen
  // at the Oak St branch says hi!" (the Fenwick and Burlington cases) ["Hi! Tom at Burlington Library here. Kayla says hi
  // too!" greets with its own "Hi!"; "I just wanted to say hi" is the provider's]
  greeting: v26.widen('greeting', [[0, r`(?<!"[a-z]+)`, r`(?<!\b(?:says|said|sends|sent) (?:hi|hello|hey|hiya|howdy|greetings|hola|bonjour|aloha))`]]),
  // "So the assignment asks you to "compare two causes of World War I" using one primary source." restates the need (the
  // World War I case) ["So the website asks you to log in first.": not the patron's task]
  restatement: v26.plus(
    'restatement',
    r`\b(?:asks|wants)\b(?<=^so,? (?:the|your|this|that) (?:assignment|question|prompt|essay question|essay|worksheet|homework|task|teacher|professor|prof|instructor) (?:asks|wants))(?= (?:you|u) to\b)`,
  ),
}));

// A3: small talk, humour and chatter (test/twenty-fifth-round-smalltalk.test.ts)
// No phrase change: A3's narrowings are settings (documented on the Rubric type, set in rubricV26): smallTalkQuestionA3,
// smallTalkElseA3.
const phrasesV26A3 = block(phrasesV26A2, (_v26) => ({}));

// A4: library words that collide with behaviour words (test/twenty-fifth-round-jargon.test.ts)
// Each change names the case it fixes and, in brackets, the near miss it must not catch.
const phrasesV26A4 = block(phrasesV26A3, (v26) => ({
  hold: replaced(
    // second batch: "Your interlibrary loan request is still searching for a lender" is the request's status (the ILL
    // status case) ["I'm still searching for a lender that has it." still holds]
    13,
    phrasesV26A3.hold[13]! + r`(?<!\b(?:request|requests|order|orders|loan|loans) (?:is|are) still? [a-z]+)`,
    replaced(
      // second batch: "We're checking in the weekend returns" is staff processing items, no look-up (the returns case)
      // ["I'm checking in with our ILL office now." still holds]
      12,
      phrasesV26A3.hold[12]! + r`(?!(?<=checking) in (?:the |all the |todays |our |your |all )?(?:[a-z]+ )?(?:returns|returned|books|items|materials|dvds|book drop|bookdrop)\b)`,
      // v1's "a second." is no hold after "only / just takes": "Transferring the file only takes a second." describes the
      // patron's step (the Columbus USB case) ["Please give me a minute." still holds]
      v26.swap('hold', 2, phrasesV26A3.hold[2]! + r`(?<!\b(?:only|just) (?:takes|took) (?:one|a|1) (?:moment|minute|second)(?: please)?[.!,]?)`),
    ),
  ),
  // v1's "did … help" not when "help" names a place or a page: "Did the IT help desk ever reset your password?" asks about
  // the help desk's work (the IT help desk case) ["Did it help?" and "Did the help page answer your question?" still ask]
  completeness: v26.widen('completeness', [
    [0, r`|help(?<!\b(?:need|needs|needed|want|wants|wanted) help)`, r`(?! (?:desk|desks|line|lines|center|centre|centers|centres|page|pages|file|files|screen|screens|menu|button|tab|icon|section)\b)`],
  ]),
  // "anything else" is no offer of more help before "checked out / on hold / overdue / borrowed": "Do you have anything
  // else checked out that's due this week?" asks about the patron's items (the DVD renewal case) ["Is there anything
  // else I can check on for you?" still offers]
  anythingElse: v26.widen('anythingElse', [[0, r`(?:else|more|further|additional)\b(?! (?:`, r`(?:checked (?:out|in)|on hold|overdue|borrowed|out on (?:your|ur|the) card)\b|`]]),
  // v13's third-party office that "will email you" is no promise of the provider's, unless it is the library's own
  // office: "The interlibrary loan office will email you … by Monday" is "someone from your library will contact you"
  // (the ILL status case) ["The county clerk's office will mail you the certified copy." is still the county's]
  notPromise: v26.swap(
    'notPromise',
    17,
    phrasesV26A3.notPromise[17]! +
      r`(?<!\b(?:interlibrary loan|interlibrary|ill|library|librarys|libraries|circulation|circ|reference|branch|branchs|our) (?:[a-z]+ )?(?:office|department|board)s?)`,
  ),
  // "I'd refer you to the Maryland Small Business Development Center; … 410-704-3355" refers the patron (the food truck
  // case) ["For the formatting, refer to section 8.27 of the APA Publication Manual": a publication, no "you"; "I'd refer
  // you to chapter 3 of the Pro Git book": no party]
  referralVerb: v26.plus('referralVerb', r`\brefer (?:you|u)(?: (?:over|on|directly|instead))? to\b`),
  // second batch:
  // v1's "hi" is no greeting in "Hi-lo books" (a kind of book) (the hi-lo case) ["Hi-ya! Teen librarian Sara here." still greets]
  greeting: v26.swap('greeting', 0, phrasesV26A3.greeting[0]! + r`(?!(?<=\bhi)-low?\b)`),
  transferNotice: v26.swap(
    'transferNotice',
    1,
    // "Your holds will be transferred to the new card overnight" moves the patron's holds, not the chat (the new card case)
    // ["You will be transferred to our law librarian in a moment." still announces a transfer]
    phrasesV26A3.transferNotice[1]! +
      r`(?<!\b(?:holds|hold|items|fines|fees|credits|credit|balance|account|checkouts|loans|books|records|files|file|money|funds|points) (?:will be|being) transfer(?:red|ring)?)`,
  ),
}));

// A5: interruptions, returns and patrons who solve it themselves (test/twenty-fifth-round-interruptions.test.ts)
// Settings: foundItByeA5, pageAfterYearA5 (documented on the Rubric type, set in rubricV26).
const phrasesV26A5 = block(phrasesV26A4, (v26) => ({
  // v1's "looks like you stepped away / left" with "had to step away / go / leave / run / head out" ending its clause
  // ("Looks like you had to step away, so I'll close this chat now.": the dog case) ["Looks like you had to go through the
  // old sign-in page." is about what the patron did]
  seemGone: v26.widen('seemGone', [[0, r`stepped away|`, r`had to (?:step away|go|leave|run|head out|hop off|log off|dash)(?=[,.!;]|$| (?:so|and i|and ill|and we|ill|i will|for now)\b)|`]]),
}));

// A6: walk-throughs and teaching sessions (test/twenty-fifth-round-walkthroughs.test.ts). Settings (documented on the Rubric
// type, set in rubricV26): sharedScreenA6, deviceOrPhoneA6, pastAskA6; one phrase change, with its near miss in brackets:
const phrasesV26A6 = block(phrasesV26A5, (v26) => ({
  // completeness after a fix walked through, asked about its result:
  // "Did that bring it back?", "did the reinstall bring them back?" (keyed on "back", the question ending there) [not
  // "Did it bring you back to the login page?", a step-check of what the screen shows]
  completeness: v26.plus(
    'completeness',
    r`\bback\b(?<=\bdid (?:that|this|it|those steps|these steps|the (?:steps|reinstall|fix|update|restart|reset)) (?:bring|get) (?:it|them|that|everything|(?:the|your) [a-z-]+(?: [a-z-]+)?) back)(?= *(?:[?!.]|$))`,
  ),
}));

// A8: second wave, the first wave's contacts, referrals, sources and promises (test/twenty-fifth-round-contacts-checked.test.ts).
// Settings (documented on the Rubric type, set in rubricV26): ownPastedA8, pageTitleA8, relayedNowA8 (A8's
// fourth, a straight quote opening no quotation before a two-digit year, "the class of '98", was written by A10 at the same
// time as part of apostropheWordsA10; the merge kept A10's). Each
// phrase change names the case it fixes and, in brackets, the near miss it must not catch.
const phrasesV26A8 = block(phrasesV26A6, (v26) => ({
  // A1's hyphenated word between the modal and "e-mail you" only in the provider's own first-person promise: "The MVA will
  // mail a follow-up letter or e-mail you", "The hold system will put you on the wait-list and email you", "The county will
  // run a re-check and e-mail you", "Eventbrite will send a two-step sign-up code and e-mail you" are other parties' (the
  // car title, wait-list, assessment and workshop cases) ["I'll check the 1990-1995 city directories and e-mail you…", "I'll
  // have my co-worker in Local History e-mail you…" still promise]
  followupPromise: v26.swap(
    'followupPromise',
    3,
    retext(
      phrasesV26A6.followupPromise[3]!,
      r`(?:[a-z&0-9]+(?:-[a-z&0-9]+)* ){0,12}?`,
      r`(?:[a-z&0-9]+(?:-(?<=\b(?:ill|i will|well|we will|i can|we can|i could|we could|i shall|we shall|let me|let us|im going to|i am going to|were going to|we are going to|im gonna|happy to|glad to|id like to|i would like to|wed like to|i plan to|we plan to|i promise to|want me to|like me to)(?: [a-z&0-9]+(?:-[a-z&0-9]+)*){0,13} [a-z&0-9]+(?:-[a-z&0-9]+)*-)[a-z&0-9]+)* ){0,12}?`,
    ),
  ),
  notPromise: replaced(
    // A1's "Nobody will email you …" not when a promise of the provider's follows in the sentence after a semicolon, colon
    // or dash: "Don't worry, nobody will email you spam; I'll just send the obituary scans there by tomorrow noon." (the spam
    // case) ["No one will call you back unless the item can't be found; the status shows under My Account" still promises
    // nothing]
    24,
    retext(
      phrasesV26A6.notPromise[24]!,
      r`(?![^.!?]*\bbut (?:i|we|ill|well|someone|our|my)\b)`,
      r`(?![^.!?]*\bbut (?:i|we|ill|well|someone|our|my)\b)(?![^.!?]*(?:[;:]| -) (?:(?:and|so|just|though|instead),? )?(?:ill|i will|well|we will|i can|we can|im going to|i am going to|were going to)\b)`,
    ),
    // A4's library office not when the "branch" is a bank's: "your bank's branch office will call you to verify the deposit",
    // "The bank branch office will call you to set up the notary visit" (the money order and notary cases) ["Our
    // interlibrary loan office will email you by Monday…" still promises]
    v26.swap('notPromise', 17, retext(phrasesV26A6.notPromise[17]!, r`|branch|branchs|`, r`|(?<!\b(?:bank|banks|credit union|credit unions|insurance|company|companys) )branch|(?<!\b(?:bank|banks|credit union|credit unions|insurance|company|companys) )branchs|`)),
  ),
}));

// A9: the first wave's endings, greetings, holds and questions checked (test/twenty-fifth-round-endings-checked.test.ts).
// Narrowings only; each names the case it fixes and, in brackets, the near miss it must not catch. Settings (documented on
// the Rubric type, set in rubricV26): relayedQuestionA9, reportedAgreeA9, smallTalkMoreA9, patronTopicA9, sharedScreenA9.
const phrasesV26A9 = block(phrasesV26A8, (v26) => ({
  // A4's "only takes a moment" is still a hold when the provider says what they are doing in the same sentence: "I'm
  // renewing both now, it only takes a moment." (the renewals case) ["Transferring the file only takes a second." and "You
  // can renew it online yourself, it only takes a minute." are still no holds]
  hold: v26.swap(
    'hold',
    2,
    retext(
      phrasesV26A8.hold[2]!,
      r`(?<!\b(?:only|just) (?:takes|took) (?:one|a|1) (?:moment|minute|second)(?: please)?[.!,]?)`,
      r`(?<!(?<!\b(?:(?:im|i am|were|we are) [a-z]+ing|let me [a-z]+)\b[^.!?]{0,60}?)\b(?:only|just) (?:takes|took) (?:one|a|1) (?:moment|minute|second)(?: please)?[.!,]?)`,
    ),
  ),
  // A1's "won't transfer you" also when the provider thinks no transfer is needed: "I don't think I need to transfer you,
  // our branches have them printed" (the tax forms case) ["I can't transfer you directly, so I asked Maya to take over, one
  // moment please." is still a hold, by its "one moment"]
  transferNotice: v26.swap(
    'transferNotice',
    0,
    retext(phrasesV26A8.transferNotice[0]!, r`|dont need to|`, r`|dont need to|(?:dont|do not) think (?:i|we) (?:need|have|will need|will have) to|no reason to|`),
  ),
  // A1's "No thanks needed" in its other common form: "No need for thanks, happy to help!" thanks no one (the "No need for
  // thanks" case) ["No thanks needed, thank YOU for being so patient!" still thanks]
  thanks: v26.swap('thanks', 0, phrasesV26A8.thanks[0]! + r`(?<!\bno need (?:for|of) (?:the )?(?:thanks|thank you|thank u))`),
  // A1's "can't help with any more questions" is no dismissal when the same sentence goes on to who can: "I'm not able to
  // help with any other questions, since I only cover the law library, but the Free Library's chat at freelibrary.org/ask
  // can." (the law library case) ["I'm unable to take any further questions tonight." with no way back still dismisses]
  dismissalConvenience: v26.swap(
    'dismissalConvenience',
    52,
    // (merge) A1's alternative put "to" after "can't" too ("i cant to answer"), so "Sorry, I can't answer any more questions
    // today." went uncaught (A9's LEFT case, now run); "to" now follows only "not able" / "unable"
    retext(
      phrasesV26A8.dismissalConvenience[52]!,
      r`(?:(?:im|i am|were|we are) (?:not able|unable)|(?:i|we) (?:cant|cannot|can not|wont be able to)) to (?:`,
      r`(?:(?:im|i am|were|we are) (?:not able|unable) to|(?:i|we) (?:cant|cannot|can not|wont be able to)) (?:`,
    ) + r`(?![^.!?]*\bbut (?:the|our|your|a|an|they|we|you|u|he|she|my|someone|another|there)\b)`,
  ),
  // A4's "did … help" narrowing not when "page" is followed by a number: chat-speak "did that help page 14 has the tax table
  // too" asks about the answer (the chat-speak case) ["Did the campus help desk reset your password yet?" still does not]
  completeness: v26.swap('completeness', 0, retext(phrasesV26A8.completeness[0]!, r`|page|pages|`, r`|page(?! \d)|pages(?! \d)|`)),
  // A2's "So the prompt asks you to…" not when the prompt is a login box: "So the prompt asks you to enter your library
  // barcode and PIN." explains the screen (the prompt case) ["So the teacher wants you to find two primary sources on the
  // Harlem Renaissance?" still restates]
  restatement: v26.swap(
    'restatement',
    29,
    phrasesV26A8.restatement[29]! +
      r`(?!(?<=\bprompt (?:asks|wants)) (?:you|u) to (?:enter|type|put|log|sign|input|provide|confirm|verify|choose|select|click|create|reset|allow|accept|update)\b)`,
  ),
}));

// A10: the first wave's settings and text reading checked (test/twenty-fifth-round-settings-checked.test.ts)
// No phrase change: A10's narrowings are settings (documented on the Rubric type, set in rubricV26), each with the case it
// fixes and, in brackets, the near miss it must not catch:
// - apostropheWordsA10: "'till", "'Scuse", "‘til", "'80's", "'99", "‘90s" open no single-quoted span, and a curly one ends at
//   no contraction ("We're open 'till 9 tonight. Thanks so much for chatting, and good luck with your kids' science fair!")
//   ["Every episode ended with ‘Y’all come back now, y’hear?’ over the credits."; "'Are You There God? It's Me, Margaret'"];
// - relayedNowA10: 'I just checked with Ana in ILL and she says "I'll email you the scan by Thursday."' promises ['The hold
//   notice says "we will email you when it is ready for pickup"'; 'someone wrote "we'll email you when the microfilm arrives"'];
// - consultedDismissalA10: "I checked with my supervisor and they said you've reached the limit of questions for today."
//   dismisses ["I asked around, and it sounds like she told you your time was up last week; that is not our policy."];
// - ownQuoteA10: 'I emailed the county archive last month saying "please send the deed copy to mei.chen88@gmail.com when
//   you find it"' gives the patron's contact ['I got this text: "Your ILL item has arrived. Call 609-555-0113 …"'];
// - monthYearPageA10: "her obituary ran in December (1948), page 12" is no source ["Lossing's Field-Book of the Revolution
//   (1851), page 412"];
// - contactPastAskA10: "I have you as ravi.n@gmail.com now. Did that address work for you?" is about the contact ["Got it:
//   918-555-0122. Did the reset work for you?"];
// - inchMarksA10: 'The 6'2" is from his draft card, thanks for chatting, and the 1940 census has 5'11" too.' thanks
//   ['"Goodbye to All That" is the title, top shelf, 6'2" up.'].
const phrasesV26A10 = block(phrasesV26A9, (_v26) => ({}));

const phrasesV26: RubricPhrases = phrasesV26A10;

/** Rubric v26: v25 with the phrase families and settings of a twenty-fifth round of sessions (blocks A1-A6, A8-A10). */
export const rubricV26: Rubric = {
  ...rubricV25,
  version: '26',
  phrases: phrasesV26,
  smallTalkQuestionA3: true,
  smallTalkElseA3: true,
  foundItByeA5: true,
  pageAfterYearA5: true,
  sharedScreenA6: true,
  deviceOrPhoneA6: true,
  pastAskA6: true,
  singleQuotesA2: true,
  quotedNoticeA2: true,
  quotedPromiseA2: true,
  reportedDismissalA2: true,
  quotedQuestionA2: true,
  outsideQuotesDoneA2: true,
  pastedContactA2: true,
  ownPastedA8: true,
  pageTitleA8: true,
  relayedNowA8: true,
  relayedQuestionA9: true,
  reportedAgreeA9: true,
  smallTalkMoreA9: true,
  patronTopicA9: true,
  sharedScreenA9: true,
  apostropheWordsA10: true,
  relayedNowA10: true,
  consultedDismissalA10: true,
  ownQuoteA10: true,
  monthYearPageA10: true,
  contactPastAskA10: true,
  inchMarksA10: true,
};

// B1: clarifying questions and the completeness question, a paraphrase sweep (test/twenty-sixth-round-asking.test.ts)
// Each names the case it fixes and, in brackets, the near miss it must not catch. Settings (documented on the Rubric type,
// set in rubricV27): smallTalkMoreB1, chatCheckB1, ownSearchB1.
const phrasesV27B1 = block(phrasesV26, (v27) => ({
  // "I'm wondering if you need peer-reviewed articles, or if news sources would be OK too." opens like a question: the
  // normalised "im" (and "ive been") before "wondering" (the Portland State case) ["I wonder what the weather's like
  // there." still opens no question: "if / whether" must follow]
  questionOpening: v27.swap(
    'questionOpening',
    3,
    retext(phrasesV26.questionOpening[3]!, r`^i (?:was |am |m )?wonder`, r`^(?:i (?:was |am |m )?|im (?:just |really |also )?|ive (?:just )?been |i been )wonder`),
  ),
  restatement: v27.plus(
    'restatement',
    // a request worded as "please share: 1) your topic, 2) your due date…" (the Eastfield macro case) ["Please share your
    // screen so I can see the error.", "please share the link with your classmates"]
    r`\bshare\b(?<=\b(?:please|pls|plz|kindly|could you|can you|would you) share)(?: with (?:me|us))?[:,]? (?:(?:\d|[a-c])[.)] ?)?(?:(?:your|ur) (?:topic|title|subject|assignment|question|questions|deadline|due date|course|class|thesis|research question|project|paper|grade|program|major|level|requirements|details)|the (?:topic|title|subject|assignment|question|deadline|due date|course|class|author|year|name of))\b`,
    // "It would help to know what grade level this is for." (the grade level case) ["It would help to know how to renew
    // online: go to My Account." gives the steps; "It helps to know the rules before you go" names nothing asked]
    r`\bknow\b(?<=\b(?:would|will|might|could|itd|thatd|really|also) help(?: (?:me|us))?(?: (?:a lot|a bit|loads|a ton))? to know)(?= (?:(?:a (?:bit|little) )?more|what|which|who|whom|where|when|why|whether|if|how(?! to\b))\b)`,
    // "I'd love to hear what you've already tried." (the genealogy case) ["I'd love to hear how it goes!" opens no question
    // about the need: no "how"]
    r`\bhear\b(?<=\b(?:i|we)(?:d| would)? (?:love|like|want|need) to hear)(?= (?:what|which|whether|if|(?:a (?:bit|little) )?more about (?:the|your|ur|what|which))\b)`,
    // "pls confirm u r a county resident, only residents get the free museum pass" (the museum pass case) ["Please confirm
    // your email address.", "Please confirm you're still there."]
    r`\bconfirm\b(?<=\b(?:please|pls|plz|kindly|can you|could you) confirm)(?: (?:that|whether|if))? (?:you|u) (?:(?:are|r|re) (?:a |an )?(?:[a-z]+ )?(?:resident|student|cardholder|card holder|member|employee|veteran|senior)|live (?:in|inside|within))\b`,
    // "u need it for a class or just curious" as a whole chat-speak clause without "?" (the Howard County case) ["Whether you
    // need it for a class or just for fun, the Gale page works."]
    // "Give me a sense of how long the paper is and I'll pitch the sources right." (second batch) ["Holds take 2-3 weeks,
    // which should give you a sense of the wait."]
    r`\bsense\b(?<=\bgive (?:me|us) (?:a|some) (?:rough |quick |better |little |general )?sense)(?= of (?:what|which|how|when|where|who|whether|the|your|ur)\b)`,
    r`\b(?:curious|curiosity|fun|pleasure|interest|yourself|urself|work)\b(?<=(?:^|[,;:] |\b(?:so|ok|okay|and) )(?:you|u) (?:need|want) (?:it|this|that|them|these|those|info|stuff|books|articles) for (?:a|an|your|ur|the|school|class|work)(?: [a-z]+){0,2} or (?:just )?(?:for |out of )?(?:your own |ur own |personal )?(?:curious|curiosity|fun|pleasure|interest|yourself|urself|work))(?=[ !.]*$)`,
  ),
  completeness: v27.swap(
    'completeness',
    // "Any luck finding your library card?" asks about the patron's card, not what was given (the NewsBank card case)
    // ["Any luck finding the article?", "Any luck with that link?" still ask]
    17,
    phrasesV26.completeness[17]! +
      r`(?! (?:with )?(?:finding|getting|locating|tracking down|digging out|digging up|remembering|resetting|recovering|retrieving) (?:your|ur) (?:(?:library|student|campus|bus|credit|debit|id) )?(?:card|card number|number|pin|password|login|receipt|barcode|id|keys|glasses|phone|wallet|username|account number|confirmation)\b)`,
    // "How'd you get on with the database?" (the British Times Digital Archive case) ["How did you get on with your exam?"]
    r`\b(?:howd|how did|how are|how have|hows|how were) (?:you|u|ya) (?:get|getting|got|gotten|been getting) on with (?:it|that|this|those|these|them|the (?:link|links|database|databases|site|website|page|guide|steps|article|articles|book|books|list|search|catalogue|catalog|form|resource|resources|app|instructions|info|information|suggestions|ebook|e book|audiobook|video|tutorial))\b`,
  ),
  // "yep that's the lot, ta" says the patron is done, as "that's everything" does (the State Library of NSW case) ["thats
  // the lot number on the receipt right?"]
  patronDone: v27.plus('patronDone', r`\blot\b(?<=\bthats the lot)(?! (?:of|number|numbers|size|sizes|code|codes)\b)`),
}));

// B2: holds, check-ins and disconnect notices, a paraphrase sweep (test/twenty-sixth-round-waiting.test.ts). One setting
// (documented on the Rubric type, set in rubricV27): promisedSearchB2. Each phrase change names the case it fixes and, in
// brackets, the near miss it must not catch (each near miss is a case in the file too):
const phrasesV27B2 = block(phrasesV27B1, (v27) => ({
  hold: replaced(
    // v1's "keep / continue looking" is no hold when the patron is told to keep looking: "Keep looking along the 641s, it
    // should be on the bottom shelf." (the Instant Pot case) ["Nothing in the catalogue yet, we'll keep searching." still
    // holds]
    18,
    phrasesV27B1.hold[18]! +
      r`(?<!(?:^|[.!?;:] )(?:(?:ok|okay|so|and|just|please|then|now|also|but),? )?keep(?:ing)? (?:look|search|check|dig))(?<!\b(?:you|u|youll|you will|you can|you could|you should|you may|you might|you want to|youll want to|you may want to|youll need to|you need to|try to|please|if you) keep(?:ing)? (?:look|search|check|dig))`,
    v27.widen(
      'hold',
      [
        // v1's "let me …" with "poke around / about / through": "lemme poke around a bit" (the Omaha scholarships case) ["Feel
        // free to poke around the Libby app first" tells the patron to look]
        [0, r`(?:check|`, r`poke (?:around|about|through)|`],
        // v12's "please wait" is no hold before what the patron waits for: "Please wait for the confirmation email before
        // you come in." (the reading room case) ["Please wait." and "Please wait for my reply" still hold]
        [
          11,
          r`|please (?:wait|hold)`,
          r`(?! (?:for|until|till) (?:the|your|a|an|it|them|our) (?:[a-z]+ ){0,2}?(?:email|e mail|confirmation|notice|notification|text|letter|card|link|code|item|copy|package|parcel|delivery|refund|approval)s?\b)`,
        ],
      ],
      // "it'll take me a minute to find your catalogue": v1's "will take (me) a minute" with the contraction joined
      // ("itll"), only with "me" (the backup librarian case) ["It'll take you a minute to fill in the form." is the
      // patron's step]
      r`\b(?:itll|thatll|thisll) take me (?:a (?:few |couple of |couple |little |bit of )?|some |several |just a )?(?:minutes?|moments?|secs?|seconds?|mins?|while|bit|little while|tick)\b`,
    ),
  ),
  // v1's "I'm going to / I'll check…" with "ask my colleague / supervisor…": "I'm just going to ask my colleague in Local
  // Studies." (the second batch's case) ["I'll ask my colleague in Local Studies and email you by Friday." promises, as
  // v1's weak holds already read; "I'm going to ask you a couple of questions first." asks the patron]
  holdWeak: v27.widen('holdWeak', [
    [
      0,
      r`)?(?:check|`,
      r`ask (?:my|our|a|one of (?:my|our)) (?:[a-z]+ ){0,2}?(?:colleagues?|coworkers?|co workers?|supervisor|manager|boss|team|specialist|expert|archivist|cataloguer|cataloger)\b|`,
    ],
  ]),
  stillThere: v27.widen('stillThere', [
    // v1's "still need help?" as "Are you still needing help with this?" (the second batch's case) ["Is he still needing
    // help with the essay?" asks about someone else]
    [1, r`|need`, r`(?:ing(?<=\b(?:you|u) still needing))?`],
    // "hey, you still on?" (the second batch's case) ["Is the book sale still on?" asks about the sale; "Are you still on the
    // waitlist?" about a list]
    [1, r`(?:their\b(?=[ .!?]*$)|`, r`on(?=[ !.]*\?)(?<=\b(?:you|u) still on)|`],
    // v1's bare "Hello?" drawn out: "Hellooo?" (the second batch's case) ["Hellooo, here is that link again: …" asks
    // nothing]
    [6, r`^(?:hello|`, r`helloo|hellooo|helloooo|hellooooo|heloo|helooo|`],
  ]),
  // "Since you have not responded, I am closing this chat." tells the patron they seem gone, as v1's "haven't heard from
  // you" does (the Queens English class case) ["Since you haven't replied to the pickup notice, that copy went to the next
  // person" is about a notice]
  seemGone: v27.plus(
    'seemGone',
    r`\b(?:responded|replied)\b(?<=\b(?:since|as|because|seeing as|given that) (?:you|u) (?:have not|havent|did not|didnt|still havent|have still not)(?: yet)? (?:responded|replied))(?! to (?!(?:me|us|my (?:last )?(?:message|messages|question)|the chat|this chat)\b))`,
  ),
}));

// B3: sources (test/twenty-sixth-round-citing.test.ts). Two phrase changes, each with the case it fixes and, in brackets, the
// near miss it must not catch:
const phrasesV27B3 = block(phrasesV27B2, (v27) => ({
  // the patron's own link is no step to a page the provider gives: "Yes, the link you pasted is the IRS's real Direct Pay
  // page" (the irs.gov/payments/direct-pay case) ["The Direct Pay page is the first link on the IRS's Payments page." still
  // gives the steps]
  webSteps: v27.widen('webSteps', [
    [1, r`|link`, r`(?! (?:that |which )?(?:you|u|youve|uve|youd) (?:just |already |have |had )?(?:pasted|sent|shared|gave|posted|found|copied|included|mentioned|attached|dropped)\b)`],
  ]),
  // "We have a good number on beekeeping at most branches.", "we have a great selection of …": holdings, not a farewell (the
  // beekeeping case) ["We have a good selection at Main. Have a good one!" and "Have a great weekend!" still part]
  farewell: v27.widen('farewell', [
    [
      2,
      r`\bhave (?:a|an) `,
      r`(?!(?:(?:really|very|super|truly) )?(?:good|great|nice|wonderful|fantastic|excellent|brilliant|lovely|fabulous|amazing|terrific) (?:number|selection|few|amount|collection|range|variety|bit|deal|lot|list|supply|handful|stock|mix|choice|set|assortment|guide|article|database|resources?|sources?|section)\b)`,
    ],
  ]),
}));

// B4: endings paraphrased (test/twenty-sixth-round-parting.test.ts)
const phrasesV27B4 = block(phrasesV27B3, (v27) => ({
  // "What else did your professor say about sources?" and "What else do you remember about the cover?" ask about the need,
  // not whether the patron needs anything more (the professor case) ["What else do you need for the assignment?", "What
  // else can I dig up for you?" still ask]; French "Y a-t-il autre chose que je peux faire pour vous?", "Avez-vous
  // d'autres questions?" ask for more (the French case) ["Vous cherchez autre chose que le roman?" asks about the book]
  anythingElse: v27.swap(
    'anythingElse',
    4,
    retext(
      phrasesV27B3.anythingElse[4]!,
      r`\bwhat else\b`,
      r`\bwhat else\b(?! (?:did|does|do|has|had) (?:your|ur|the|his|her|their|this|that|my) [a-z]+(?: [a-z]+)? (?:say|said|want|wanted|require|required|ask|asked|need|needed|mention|mentioned|tell|told|include|specify|expect|recommend|suggest|list)\b)(?! (?:do|did) (?:you|u) (?:remember|recall|know|notice|hear)\b)`,
    ),
    r`\bautre chose\b(?! que (?:le|la|les|l|un|une|des|du|ce|ca|cela|celui|celle)\b)`,
    r`\bdautres (?:questions?|demandes?)\b`,
    // "What more can I do for you today?" (the "what more" case) ["What more can you tell me about the book?" asks about the need]
    r`\bmore\b(?<=\bwhat more)(?= (?:can|could|may|shall) (?:i|we) (?:do|find|get|look up|dig up|help (?:you|u) with)\b)`,
  ),
  // "Cheers to the Class of 1974 yearbook committee for scanning these." is a toast, no sign-off (the toast case) ["Cheers!",
  // "Cheers to you, and happy hunting!" still part]
  // Titles and slogans read unquoted: "Goodnight Moon is on the shelf", "Farewell to Manzanar is checked in", "Say goodbye to
  // late fees: we went fine-free!" part nobody (the title cases) ["Good night, and take care!", "Farewell, and happy
  // reading!", "Goodbye to you all!" still part]; "Be well!" parts (the "Be well" case) ["It may be well worth
  // the wait." parts nobody]
  farewell: v27.swap(
    'farewell',
    0,
    retext(
      retext(
        retext(
          retext(phrasesV27B3.farewell[0]!, r`|cheers|`, r`|cheers(?! to (?!(?:you|u|ya|yall)\b))|`),
          r`|farewell|`,
          r`|farewell(?! to [a-z]+(?: [a-z]+){0,3} (?:is|are|was|were|has|by)\b)|`,
        ),
        r`(?<!\b(?:dont|do not) say good ?bye)|`,
        r`(?<!\b(?:dont|do not) say good ?bye)(?!(?<=\bsay good ?bye) to (?!(?:you|u|yall|everyone|everybody|all|us|me|him|her|them)\b))|`,
      ),
      r`(?<!\b(?:dont|do not) say good bye)|`,
      r`(?<!\b(?:dont|do not) say good bye)(?!(?<=\bsay good bye) to (?!(?:you|u|yall|everyone|everybody|all|us|me|him|her|them)\b))|`,
    ),
    r`\bwell\b(?<=(?:^|[.!?,;:] |\band )be well)(?= *(?:[.!]|$|,? (?:and|take|stay|bye|goodbye|have)\b))`,
  ).map((x, i) => (i === 1 ? retext(x, r`\bgood ?night\b`, r`\bgood ?night\b(?! [a-z]+(?: [a-z]+){0,3} (?:is|are|was|were|has|by)\b)`) : x)),
  // "The zoo pass should come back by the 14th", "The pass is out right now and should come back…": the item comes back, the patron is not invited (the museum-pass case)
  // ["You should come back Tuesday when the pass is in!", "Please come back anytime" still invite]
  inviteBack: v27.widen('inviteBack', [
    [
      0,
      r`\b(?:come|check|stop|pop) (?:on )?back\b`,
      r`(?<!\b(?:it|book|books|copy|copies|item|items|pass|passes|dvd|dvds|title|titles|kit|kits|laptop|laptops|hotspot|hotspots|result|results|order|orders|disc|discs|volume|volumes)\b(?:(?!\b(?:you|u|we|i)\b)[^.!?;]){0,40}? (?:should|will|would|might|may|must|could|is (?:due|supposed|expected|going) to|are (?:due|supposed|expected|going) to|has to|needs to) (?:come|check|stop|pop) back)`,
    ],
  ]),
  // "you've asked a lot of questions, I need to move on to other people": the older "asked a lot of questions, so I need to move
  // on" with the comma alone (the many-questions case) ["You've asked a lot of questions, and I'm happy to keep going!"]
  dismissalHard: v27.swap('dismissalHard', 38, retext(phrasesV27B3.dismissalHard[38]!, r`|,? (?:so|and) (?:(?:i|we)`, r`|(?:,? (?:so|and)|[,;:]| -) (?:(?:i|we)`)),
  // "I can't help with that, since it's tax advice, but the Comptroller of Maryland's taxpayer helpline can, at
  // 410-260-7980": a party named in six words (the tax-helpline case) ["I can't renew it, but the copy you have can be
  // renewed online." names no party]
  referralCanHelp: v27.swap('referralCanHelp', 9, retext(phrasesV27B3.referralCanHelp[9]!, r`\bbut (?:[a-z'&-]+ ){1,5}?`, r`\bbut (?:[a-z'&-]+ ){1,7}?`)),
}));

// B5: follow-ups, referrals and contact details, a paraphrase sweep (test/twenty-sixth-round-promising.test.ts). Each change
// names the case it fixes and, in brackets, the near miss it must not catch.
const phrasesV27B5 = block(phrasesV27B4, (v27) => ({
  // "Try the Land Registry — they're on 0300 006 0411 — and ask for the historical title": a registry is an office (the Land
  // Registry case) ["Try the state death registry database on FamilySearch (familysearch.org)" points to a database]
  referralOnesToAsk: v27.widen('referralOnesToAsk', [[2, r`|tax collectors?|`, r`registry|registries|`]]),
  // a counterfactual offer sends nothing: "If the 1911 volume were digitized I could email you a scan, but it's only in
  // print." (the Goucher yearbook case) ["If the 1911 volume were digitized I could email you a scan, but since it isn't,
  // I'll scan the page myself and email it to you by Friday." and "If the archivist is in tomorrow, I'll email you a scan
  // by noon." still promise]
  notPromise: v27.plus(
    'notPromise',
    r`\b(?:could|would|id|wed)\b(?<=\bif (?:[a-z0-9]+ ){1,8}?(?:were|was|had|had been|werent|wasnt|hadnt|didnt)(?: [a-z0-9]+){0,6}? (?:(?:i|we) (?:could|would)|id|wed))(?= (?:[a-z]+ ){0,3}?(?:email|e mail|mail|send|text|call|scan|copy|forward)\b[^.!?]{0,80}?,? but\b)(?![^.!?]{0,200}?\bbut (?:[a-z]+,? ){0,5}?(?:ill|i will|well|we will|i can|we can|im going to|we are going to)\b)`,
  ),
  // "I'll have a look at the reels and be in touch!": "be / get in touch" after "and", the provider's own "I'll" before it
  // (the Carroll deed case) ["I'll stay on and get in touch with the branch manager" puts the provider in touch with staff,
  // not the patron; "You'll see it on the shelf and can be in touch with the branch" is the patron's]
  followupPromise: v27.plus(
    'followupPromise',
    r`\btouch\b(?<=\b(?:ill|i will|well|we will|i shall|we shall|im going to|i am going to|were going to|im gonna)(?:,? [a-z&0-9-]+){1,12} and (?:then |soon )?(?:be|get) in touch)(?! with (?!(?:you|u)\b))`,
  ),
  referralVerb: replaced(
    // "I'd point you to the Law Library's self-help center, 410-260-1430" as A4's "refer you to" (the deed validity case)
    // ["I'd point you to table 12 of the Statistical Abstract" names no party]
    65,
    retext(phrasesV27B4.referralVerb[65]!, r`\brefer (?:you|u)`, r`\b(?:refer|point|direct|steer) (?:you|u)`),
    // "Shoot an email to hscc@carr.org with the names" as "Shoot the ILL office an email" (the farm files case) ["I'll shoot
    // an email to our cataloguer, one moment" asks staff on the patron's behalf]
    v27.swap('referralVerb', 3, retext(phrasesV27B4.referralVerb[3]!, r`shoot\b(?= (?:[a-z&]+ ){1,6}?an? `, r`shoot an? (?:email|e mail|message|note|line) to|shoot\b(?= (?:[a-z&]+ ){1,6}?an? `)),
  ),
}));

// B6: openings (test/twenty-sixth-round-greeting.test.ts). Settings (documented on the Rubric type, set in rubricV27):
// helloCheckinB6, onDeskB6, uGotNameB6, signOnTailB6. Each phrase change names the case it fixes and, in brackets, the near miss it must not catch:
const phrasesV27B6 = block(phrasesV27B5, (v27) => ({
  greeting: replaced(
    // v1's "hi / hello / hey" is no greeting in "say hi to <someone else>": "Did you say hi to Marcus at the desk when you
    // came in?" (the museum pass case) ["Just wanted to say hi to you before I dig in" still greets]
    0,
    phrasesV27B5.greeting[0]! + r`(?!(?<=\b(?:say|saying|tell|telling) (?:hi|hello|hey|hiya|howdy))(?: back)? to (?!(?:you|u|ya|yall|everyone|all)\b))`,
    replaced(
      // v1's "welcome" is no greeting after "you're very / most / more than welcome", as after "you're welcome": "You're
      // very welcome — Jo at Ask a Librarian." answers the patron's thanks in advance (the thanks-in-advance case)
      // ["Welcome, very glad you found us!" still greets]
      2,
      phrasesV27B5.greeting[2]! + r`(?<!\b(?:youre|you are|your|ur|u r|yer) (?:very|most|so|more than|always|quite|totally|super|certainly|entirely|truly|really|ever so) welcome)`,
      v27.plus(
        'greeting',
        // "Hullo, you're through to Leeds Libraries' enquiry chat" (the Leeds case) ["Hullo is the old spelling of hello"]
        r`\bhullo+\b(?! (?:is|means|was)\b)`,
        // "Cheers for getting in touch — Nigel at Manchester Central Library." thanks for contacting, as "thanks for
        // getting in touch" does (the Manchester case) ["Cheers for that, I'll have a look." thanks for nothing of the kind]
        r`\bcheers for (?:getting in touch|contacting|reaching out|messaging|chatting|writing in|dropping us a line|your (?:message|question|enquiry|query|patience))\b`,
        // "Salutations! I'm the evening reference librarian." opening its sentence (the salutations case) ["Salutations and
        // closings for business letters are in chapter 4." is the word for a letter's part]
        r`\bsalutations\b(?<=^salutations)(?= *[!,.]| *$| (?:all|everyone|friend|there)\b)`,
        // "Yo! Dev from the Learning Commons desk" opening its sentence (the Learning Commons case) ["Yo soy Ana, de la
        // biblioteca." is Spanish "I"; "my 8 yo" is an age]
        r`\byo\b(?<=^yo)(?= *[!,]| (?:there|yall|all|everyone|folks)\b)`,
      ),
    ),
  ),
  // v1's "Ask a Librarian" is no service named when it is the verb: "Hello! You can ask a librarian at your branch about
  // that too." sends the patron to someone else (the branch case) ["Welcome to Ask a Librarian, Jo here." names it]
  selfService: v27.widen('selfService', [[0, r`|ask a librarian`, r`(?<!\b(?:can|could|should|might|may|please|pls|just|also|or|always|then|ll|will|would|to go|go) ask a librarian)`]]),
}));

// B8: sources, promises, referrals and contacts checked (test/twenty-sixth-round-contacts-checked.test.ts). Setting
// (documented on the Rubric type, set in rubricV27): agreedRequestB8. Each phrase change names the case it fixes and, in
// brackets, the near miss it must not catch:
const phrasesV27B8 = block(phrasesV27B6, (v27) => ({
  // B5's "registry" is no office when it is a list or a search: "Try the state sex offender registry, searchable by address
  // and radius at state.sor.dps.ms.gov" (the moving case), "your best bet is the couple's wedding registry" (the wedding
  // gift case), "try the Windows registry editor" (the Libby laptop case) ["Try the Registry of Motor Vehicles,
  // 857-368-8000" and "Your best bet is the Registry of Deeds in Salem" still refer]
  referralOnesToAsk: v27.swap(
    'referralOnesToAsk',
    2,
    retext(
      phrasesV27B6.referralOnesToAsk[2]!,
      r`|registry|registries|`,
      r`|registry(?<!\b(?:wedding|baby|bridal|gift|shower|birthday|windows|system|offenders?) registry)(?!,? (?:searchable|search|searches|lookup|look up|database|editor|entries|entry|keys?|list)\b)|registries|`,
    ),
  ),
  // B5's counterfactual is no promise unless one follows its "but": a promise any words after "but" (not only five),
  // or a colleague's: "If the reel wasnt checked out Id send u a scan today, but its out until the 9th so Ill email it to
  // … on the 10th." (the directory case), "… but because the only copy is in the vault I'll have to pull it Monday and email
  // you the scan that afternoon." (the land register case), "… but the archivist will scan the page and email it to you by
  // Thursday." (the yearbook case) ["If we had a subscription to the Bee's archive I could email you the clipping, but we
  // don't, sorry." still promises nothing]
  notPromise: v27.swap(
    'notPromise',
    25,
    retext(
      phrasesV27B6.notPromise[25]!,
      r`(?![^.!?]{0,200}?\bbut (?:[a-z]+,? ){0,5}?(?:ill|i will|well|we will|i can|we can|im going to|we are going to)\b)`,
      r`(?![^.!?]{0,200}?\bbut\b[^.!?]{0,120}?\b(?:ill|i will|well|we will|i can|we can|im going to|we are going to|(?:she|he|they|someone|(?:the|our|my) [a-z]+) will|shell|hell|theyll)\b)`,
    ),
  ),
  // v1's "I'll be in touch" is no promise to the patron when it is with staff: "I'll be in touch with the branch manager
  // about the water damage." (the damaged item case) ["Will be in touch Thursday once the ILL arrives!" and "I'll be in
  // touch with you by Friday" / "with an update" still promise]
  followupPromise: v27.swap(
    'followupPromise',
    2,
    phrasesV27B6.followupPromise[2]! +
      r`(?! with (?:the |our |my |your |a |an )?(?:[a-z]+ ){0,2}?(?:branch|branches|manager|managers|staff|colleagues?|team|department|dept|office|archivists?|cataloguers?|catalogers?|vendors?|publishers?|supervisors?|director|circulation|circ|reference|ill|special collections|tech|facilities|security)\b)`,
  ),
}));

// B9: the first wave's endings, greetings, holds and questions checked (test/twenty-sixth-round-endings-checked.test.ts).
// Narrowings only; each names the case it fixes and, in brackets, the near miss it must not catch (each a case in the file
// too). One setting (documented on the Rubric type, set in rubricV27): uGotAskB9.
const phrasesV27B9 = block(phrasesV27B8, (v27) => ({
  farewell: replaced(
    // B4's title guard for "goodnight" with the best-known one named as a title: "We have Goodnight Moon in Vietnamese and
    // Spanish too" (the board books case) ["Good night, and take care!" still parts]
    1,
    retext(phrasesV27B8.farewell[1]!, r`\bgood ?night\b`, r`\bgood ?night\b(?! moon\b)`),
    replaced(
      // B3's "have a good …": not after a subject that is not the patron being wished well, nor after "to": "We have a
      // lovely local history room upstairs too", "you'd have a good chance of getting it", "You'll want to have a good look
      // at the index" (the lovely room, good chance and good look cases) ["Have a good one!", "Hope you have a great
      // weekend!" still part]
      2,
      retext(phrasesV27B8.farewell[2]!, r`\bhave (?:a|an) `, r`\bhave (?:a|an) (?<!\b(?:we|they|he|she|it|which|who|youd|id|wed|theyd|to) have (?:a|an) )`),
      // B4's "Be well" before "and" only when a parting follows: "Be Well and Thrive, the seniors' fitness class, meets
      // Tuesdays" names a class (the seniors' class case) ["Rest up and be well.", "Be well and take care!" still part]
      v27.swap(
        'farewell',
        69,
        retext(
          phrasesV27B8.farewell[69]!,
          r`,? (?:and|take|stay|bye|goodbye|have)\b`,
          r`,? (?:and (?:take|stay|keep|have|happy|good|god|see|talk|thanks|thank|all the best|safe|bye|goodbye)|take|stay|bye|goodbye|have)\b`,
        ),
      ),
    ),
  ),
  anythingElse: replaced(
    // B4's "what else" also not when it asks what the patron can tell or has tried: "What else can you tell me about the
    // photo?", "What else have you tried so far?" ask about the need (the studio photo and esports cases) ["What else do
    // you need for the project?" still asks for more]
    4,
    phrasesV27B8.anythingElse[4]! +
      r`(?! (?:can|could) (?:you|u) (?:tell|share|remember|recall)\b)(?! (?:have|did|do) (?:you|u) (?:already )?(?:try|tried|search|searched|look|looked|find|found|check|checked)\b)`,
    replaced(
      // B4's French "autre chose" only where it asks for more (at the end of the question, or "… que je peux faire", "…
      // pour vous"): "Voyez-vous autre chose à l'écran, un message d'erreur ?" asks what the screen shows (the PressReader
      // case) ["Y a-t-il autre chose que je peux faire pour vous?", "Y a-t-il autre chose?" still ask]
      38,
      phrasesV27B8.anythingElse[38]! + r`(?= *(?:[?!.]|$)| (?:que|qu) (?:je|j|nous|on|lon)\b| pour (?:vous|toi)\b| (?:aujourdhui|ce soir)\b)`,
      // B4's "d'autres questions" only after "avez-vous" and its kin: "Votre professeur a-t-il donné d'autres questions à
      // traiter ?" asks about the assignment (the October Crisis case) ["Avez-vous d'autres questions aujourd'hui ?" still
      // asks]
      v27.swap(
        'anythingElse',
        39,
        phrasesV27B8.anythingElse[39]! +
          r`(?<=(?:^|\b(?:avez-vous|avez vous|vous avez|as-tu|as tu|tu as|auriez-vous|auriez vous|vous auriez|y a-t-il|y a t il|ya-t-il|encore|des|pas) )dautres (?:questions?|demandes?))`,
      ),
    ),
  ),
  // B4's item list, with what else a patron waits to come back: "Your ILL request should come back approved within a week or
  // so." (the ILL case) ["You should come back Tuesday when the pass is in!" still invites]
  inviteBack: v27.swap(
    'inviteBack',
    0,
    retext(phrasesV27B8.inviteBack[0]!, r`|volume|volumes)\b`, r`|volume|volumes|request|requests|application|applications|reply|replies|response|responses|answer|answers|scan|scans|refund|refunds|loan|loans|ill)\b`),
  ),
  // B4's "asked a lot of questions, I'll move on …" is no dismissal when the provider moves on to the patron's next
  // question: "Whew, you've asked a lot of questions — I'll move on to the parking one now." (the Boise case) ["You've asked
  // a lot of questions, I need to wrap this up now. Bye." still dismisses]
  dismissalHard: v27.swap(
    'dismissalHard',
    38,
    phrasesV27B8.dismissalHard[38]! + r`(?![^.!?]{0,40}?\bmove on to (?:the|your|ur|that|this) (?:[a-z]+ ){0,2}?(?:one|question|part|bit|topic|thing)\b)`,
  ),
  // B2's "it'll take me a while" is no hold when it is the provider getting used to something or explaining at once: "It'll
  // take me a while to get used to the new catalogue too, lol." (the new catalogue case), "That'll take me a while to
  // explain properly, so the short version: …" (the interlibrary loan case) ["It'll take me a couple of minutes to pull the
  // reel list." still holds]
  hold: v27.swap('hold', 44, phrasesV27B8.hold[44]! + r`(?! to (?:get used|learn|adjust|get the hang|master|warm up|figure out how|explain|type out|write out|spell out|describe)\b)`),
  // B2's "ask my colleague" is no hold when offered ("I can ask …") or put off until later: "I can ask our archivist when
  // she's back on Monday, if you'd like?" (the Carnegie building case) ["I'm just going to ask my colleague in Local
  // Studies." still holds]
  holdWeak: v27.swap(
    'holdWeak',
    0,
    retext(
      phrasesV27B8.holdWeak[0]!,
      r`ask (?:my|our|a|one of (?:my|our)) (?:[a-z]+ ){0,2}?(?:colleagues?|coworkers?|co workers?|supervisor|manager|boss|team|specialist|expert|archivist|cataloguer|cataloger)\b`,
      r`ask(?<!\bi can (?:go ahead and |go and quickly |just |now |first )?ask) (?:my|our|a|one of (?:my|our)) (?:[a-z]+ ){0,2}?(?:colleagues?|coworkers?|co workers?|supervisor|manager|boss|team|specialist|expert|archivist|cataloguer|cataloger)\b(?![^.!?]{0,60}?\b(?:when (?:shes|hes|theyre|she is|he is|they are|she gets|he gets|they get|she comes|he comes)|once (?:shes|hes|theyre|she|he|they)|tomorrow|next week|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b)`,
    ),
  ),
  // B2's "you still on?" is no check-in when "you" ends a phrase about something else: "Is the Friday 3 pm booking we have
  // down for you still on?" (the study room case) ["hey, you still on?" still checks in]
  stillThere: v27.swap(
    'stillThere',
    1,
    retext(phrasesV27B8.stillThere[1]!, r`(?<=\b(?:you|u) still on)`, r`(?<=\b(?:you|u) still on)(?<!\b(?:for|with|to|by|from|of|about|at|on) (?:you|u) still on)`),
  ),
  // B6's "Yo" is no greeting as Spanish "I": "Yo, personalmente, le recomendaría…" (the Mango Languages case) ["Yo! Dev from
  // the Learning Commons desk" still greets]
  greeting: v27.swap(
    'greeting',
    31,
    phrasesV27B8.greeting[31]! +
      r`(?!,? (?:personalmente|tambien|creo|pienso|no|le|te|lo|la|les|me|soy|estoy|tengo|puedo|recomiendo|sugiero|diria|prefiero|igual|mismo|misma|si|que|solo)\b)`,
  ),
  // B1's "I'm wondering if" is no question when the provider wonders whether the system is down: "I'm wondering if our
  // catalogue is down — it's crawling on my end too." (the Braiding Sweetgrass case) ["I'm wondering if you need the print
  // copy or if the ebook would do." still asks]
  questionOpening: v27.swap(
    'questionOpening',
    3,
    phrasesV27B8.questionOpening[3]! +
      r`(?! (?:our|the|my|this|that|your|ur) (?:[a-z]+ ){0,2}?(?:catalog|site|website|system|server|chat|page|network|wifi|internet|database|connection|link|app|portal)s? (?:is|are|was|were|has|have|went|might be|may be) (?:down|slow|broken|offline|glitching|acting up|crawling|out|crashed|gone down|having (?:issues|problems|trouble))\b)`,
  ),
  restatement: replaced(
    // B1's "please share your …" is no request about the need when it asks for the finished work later: "Please share your
    // thesis with us once it's approved" (the Kent State case) ["please share: 1) your topic, 2) your due date…" still asks]
    30,
    phrasesV27B8.restatement[30]! +
      r`(?![^.!?]{0,40}?\b(?:once|after|when) (?:its|it is|it has been|it gets|theyre|they are|they have been|they get) (?:been )?(?:approved|finished|done|published|accepted|complete|completed|defended|graded|submitted)\b)`,
    replaced(
      // B1's "I'd love to hear what …" is no request about the need when it asks what the patron thinks of a book or film:
      // "Ooh, great pick. I'd love to hear what your group thinks of it!" (the Skokie book club case) ["I'd love to hear what
      // you've already tried." still asks]
      32,
      phrasesV27B8.restatement[32]! +
        r`(?! what (?:you|u|your [a-z]+|they|the [a-z]+)(?: [a-z]+)? (?:think|thinks|thought) (?:of|about) (?:it|them|the (?:book|books|ending|film|movie|show|series|story|novel|play))\b)`,
      // B1's "pls confirm you live in …" is no question when it says how to prove it: "To get the card, pls confirm you live
      // in the county with a utility bill or lease at any branch." (the Pima card case) ["pls confirm u r a current
      // student, that one is for students only" still asks]
      v27.swap(
        'restatement',
        33,
        phrasesV27B8.restatement[33]! +
          r`(?![^.!?]{0,60}?\b(?:with (?:a|an|your) (?:[a-z]+ )?(?:bill|lease|id|license|licence|statement|document|proof|letter)|by (?:bringing|showing|uploading|sending)|in person|at (?:any|the|a|your) (?:[a-z]+ )?(?:branch|desk|library))\b)`,
      ),
    ),
  ),
  // B1's "How did you get on with the book" is about an event in "the book club / sale…": "How did you get on with the book
  // club last week?" (the Dublin book club case) ["How'd you get on with the link?" still asks]
  completeness: v27.swap(
    'completeness',
    200,
    phrasesV27B8.completeness[200]! + r`(?! (?:club|clubs|group|groups|sale|sales|fair|fairs|launch|signing|talk|event|swap|drive|festival)\b)`,
  ),
  // B1's "that's the lot" is no end when asked: "so vols 1-4, thats the lot? no vol 5?" (the Wheel of Time case) ["yep thats
  // the lot, cheers" still says done]
  patronDone: v27.swap('patronDone', 61, phrasesV27B8.patronDone[61]! + r`(?![ ,]*(?:\?|(?:right|then|is it|yeah|yes|or)\b))`),
}));

// B10: the first wave's settings checked (test/twenty-sixth-round-settings-checked.test.ts). No phrase change; settings
// (documented on the Rubric type, set in rubricV27): helloOfferB10, uGotLeadB10, weatherNeedB10, chatNeedB10, inChatMoreB10,
// agreedNowB10, each narrowing one of B1's, B2's, B5's or B6's settings.
const phrasesV27B10 = block(phrasesV27B9, (_v27) => ({}));

const phrasesV27: RubricPhrases = phrasesV27B10;

/** Rubric v27: v26 with the phrase families and settings of a twenty-sixth round of sessions (blocks B1-B6, B8-B10). */
export const rubricV27: Rubric = {
  ...rubricV26,
  version: '27',
  phrases: phrasesV27,
  promisedSearchB2: true,
  helloCheckinB6: true,
  onDeskB6: true,
  uGotNameB6: true,
  signOnTailB6: true,
  agreedRequestB5: true,
  agreedRequestB8: true,
  smallTalkMoreB1: true,
  chatCheckB1: true,
  ownSearchB1: true,
  boundedBeforeB7: true,
  uGotAskB9: true,
  helloOfferB10: true,
  uGotLeadB10: true,
  weatherNeedB10: true,
  chatNeedB10: true,
  inChatMoreB10: true,
  agreedNowB10: true,
};

// C1: handing over: transfers and colleagues (test/twenty-seventh-round-handover.test.ts)
// Phrase changes, each with the case it fixes and, in brackets, the near miss it must not catch:
const phrasesV28C1 = block(phrasesV27, (v28) => ({
  transferNotice: ((list: readonly string[]) => [
    // v1's "transfer your question" with "enquiry / inquiry / query": "Transferring your enquiry to our local studies colleagues
    // now." (the second batch's case) ["We can't transfer your enquiry" still announces none, by v26's negation]
    retext(list[0]!, r`your (?:chat|session|question)`, r`your (?:chat|session|question|enquiry|inquiry|query)`),
    // v1's "I'll / I can transfer…" is no notice when what is moved is a hold, money, credits or files: "I can transfer the
    // hold to the Westside branch for you, done." (the Westside hold case) ["I can transfer you to Westside's desk" still
    // is]; and it takes "I shall transfer the enquiry to my colleague in Local Studies." (the British "I shall" case)
    // ["You shall transfer at Union Station" has no "I"]
    // "… she'll take over the mystery club in June" takes over something else (the second batch's book club case) ["A colleague
    // will take over from here" and "she'll take over the chat" still announce]
    retext(
      retext(list[1]!, r`|ill|i will|`, r`|ill|i will|i shall|we shall|`),
      r`|take over\b|`,
      r`|take over\b(?! (?:the|a|an|my|our|his|her|their) (?!(?:chat|session|conversation|question|enquiry|inquiry|rest)\b)[a-z]+)|`,
    ) +
      r`(?! (?:the |your |those |these |that |them |my |a |an |some )?(?:holds?|items?|fines?|fees?|credits?|money|funds|files?|balance|points|books?|records?|loans?|checkouts?|photos?|documents?|data)\b)`,
    // v1's "connect you with / to" is no notice when the patron is connected with resources: "I can connect you with some
    // resources on grant writing" (the grant writing case) ["Connecting you with our local history librarian now." still is]
    list[2]! +
      r`(?! (?:some |a few |a number of |more |other |useful |helpful |good |great |the right |relevant |additional |free |online |a |an )?(?:tutors?|resources?|information|info|materials?|sources?|databases?|articles?|books?|links?|tools?|websites?|sites?|guides?|services?|programs?|programmes?|support|funding|grants?)\b)`,
    ...list.slice(3, 12),
    // "pass / hand it over to" is no notice when the patron is the one to pass it: "you can pass it over to the desk staff
    // when you come in" (the request slip case) ["I'll pass it over to our music librarian" still is]
    list[12]! + r`(?<!\b(?:you|u) (?:can |could |should |may |might |will |just |then )?(?:pass|hand|passing|handing) (?:this|it) (?:over |off |on )?to)`,
    ...list.slice(13, 20),
    // v17's "you'll be speaking with … from here" with "next": "You'll be speaking with Rosa next, she's the local history
    // librarian." (the second batch's case) ["You'll be speaking with the registrar next week at orientation" is no chat]
    retext(list[20]!, r`(?:from here|from now on)\b`, r`(?:from here|from now on|next(?! (?:week|month|year|time|term|semester|visit|appointment|day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b))\b`),
    ...list.slice(21),
    // "Please hold while I transfer." (the second batch's case) ["Please wait while I transfer the files to your account"
    // moves files]
    r`\bwhile (?:i|we) transfer\b(?! (?:the |your |those |these |that |them |my |some )?(?:holds?|items?|fines?|fees?|credits?|money|funds|files?|balance|points|books?|records?|loans?|photos?|documents?|data)\b)`,
    // "Hang tight, I'm handing you over." ending its sentence (the second batch's case) ["Can you hand it over at the desk?"
    // hands no patron]
    r`\b(?:handing|passing|hand|pass) (?:you|u) over(?= ?[.!]|$)(?<=\b(?:im|i am|ill|i will|let me|going to|gonna|about to) (?:handing|passing|hand|pass) (?:you|u) over)`,
    // "Our local history librarian is going to hop on and help you out." (the second batch's case) ["I'll hop on the
    // catalogue and check" is the provider's own look]
    r`\b(?:hop|jump) on (?:here |the chat |this chat |in a (?:sec|second|moment|minute) )?(?:and|to) (?:help|assist|take)\b(?<=\b(?:librarian|colleague|specialist|expert|archivist|she|he|they|shell|hell|theyll|wholl|who) (?:is going to |are going to |will |can |should |gonna |)(?:hop|jump) on [a-z ]{3,30})`,
    // someone else picks the chat up: "Our local history specialist will pick this up from here.", "they'll pick this up
    // from here" (the AskAway Delgamuukw case) ["Our subject specialist will pick this up in her guide next month." is no
    // chat; "I'll pick this up from here" is the provider's own]
    r`\bpick (?:this|it|things|your (?:question|chat|enquiry|inquiry)) up from here\b(?<=\b(?:theyll|shell|hell|wholl|(?:they|she|he|who|specialist|librarian|colleague|team|archivist|expert|staff) (?:will|can|is going to|are going to|should|shall)) pick [a-z ]{2,22} up from here)`,
    // "Transferring now, don't close the window." opening its sentence (the Eastside blocked card case) ["Your files are
    // transferring now" has a subject]
    r`^(?:(?:ok|okay|alright|right|great|thanks|kk|k|so),? )?transferring (?:now|shortly|momentarily|in a (?:moment|sec|second|minute))\b`,
    // a colleague asked to join the chat: "I'm going to get my colleague to jump in, she's our local history expert." (the
    // colleague case) ["You could get a librarian to step in at the desk" is the patron's; "get my colleague to jump in on
    // the workshop" is no chat]
    r`\b(?:get|have|ask) (?:my|our|a|one of (?:my|our)) (?:[a-z]+ ){0,2}?(?:colleagues?|coworkers?|co workers?|specialist|librarian|expert|archivist) to (?:jump|hop|step|come) in\b(?! on\b)(?<!\b(?:you|u) (?:could |can |should |might |may )?(?:get|have|ask) [a-z ]{3,60})`,
    // "Let me get you to someone in Local History who can help, hang on." (the Special Collections case) ["I can get you to
    // the library by bus" names no one; "you can get to someone at the desk" is the patron's]
    r`\bget(?:ting)? (?:you|u) (?:over |through |across )?to (?:someone|somebody|a colleague|my colleague|one of (?:my|our) colleagues|the right person|(?:our|the|a) (?:[a-z]+ ){0,2}?(?:librarian|specialist|colleague|expert|team|archivist))\b(?<=\b(?:let me|ill|i will|i shall|im going to|i am going to|gonna|i can|im|i am|lemme) get(?:ting)? [a-z ]{8,80})`,
    // "putting you in touch with our local history librarian here in chat" (the in-chat case) ["I can put you in touch with
    // our archivist, her email is …" is a referral]
    r`\b(?:put|putting) (?:you|u) in touch with\b(?=[^.!?]{0,60}?\b(?:here in (?:the )?chat|in (?:this|the) chat|on (?:this|the) chat)\b)`,
    // "kk gonna transfr u to our teen services librarian" (the Dayton chat-speak case) ["transfr the files" moves no one]
    r`\btransfr(?:ing|in)? (?:you|u|ya)\b`,
  ])(v28.plus('transferNotice')),
}));

// C2: contacts and when to expect (test/twenty-seventh-round-contacts.test.ts)
const phrasesV28C2 = block(phrasesV28C1, (v28) => ({
  // "I'll pull the 1998 text and text it to +1 410.555.0134 no later than Friday": the country code before the patron's
  // number (the law library case) ["Call us at 410-555-0100 if you need more" is the library's number, no send]
  followupSend: v28.swap(
    'followupSend',
    2,
    retext(phrasesV28C1.followupSend[2]!, r`|\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b))`, r`|(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b))`),
  ),
  // "I'll get back to you on that in a sec.": back within the chat after "on / about that" (near miss N16) ["I'll get back
  // to you on that tomorrow" and "… on that in a few days" still promise]
  notPromise: v28.swap(
    'notPromise',
    4,
    retext(phrasesV28C1.notPromise[4]!, r`\bback to (?:you|u) (?:in (?:just )?a`, r`\bback to (?:you|u) (?:(?:on|about) (?:that|this|it) )?(?:in (?:just )?a`),
  ),
}));

// C3: resolution codes and survey comments (test/twenty-seventh-round-codes.test.ts)
const phrasesV28C3 = block(phrasesV28C2, (v28) => ({
  negativeComment: v28.swap(
    'negativeComment',
    0,
    // v1's "frustrated / confused" is no complaint when the patron tells of their state before the help: "I was confused at
    // first but she explained it" (the near misses of "I was lost before but she helped") ["confusing answer, and I'm
    // still confused" still complains]
    retext(
      retext(phrasesV28C2.negativeComment[0]!, r`frustrat\w*`, r`frustrat\w*(?! (?:at first|before|beforehand|initially),? but\b)`),
      r`confus\w*`,
      r`confus\w*(?! (?:at first|before|beforehand|initially),? but\b)`,
    ),
    // "didn't really help", "did not really answer my question" (v1 reads only "didn't help") ["I didn't really expect
    // much but she was amazing"]
    r`\b(?:didnt|did not|doesnt|does not) (?:really|actually|quite|fully|even|exactly) (?:help|answer|solve|address)\b`,
    // "wasn't very helpful tbh" (v1 reads only "not (very) helpful") ["she never wasn't helpful" aside, "couldn't have been
    // more helpful" does not match]
    r`\b(?:wasnt|werent|isnt) (?:very |really |that |too |particularly |at all |overly |terribly )?(?:helpful|useful|friendly|polite|clear)\b`,
    // "she rushed me", "felt dismissed", "felt rushed" ["she never rushed me", "I never felt dismissed": v1's negation before]
    r`\b(?:rushed|hurried) me\b`,
    r`\bfelt (?:rushed|dismissed|hurried|brushed off|ignored|judged)\b`,
    // "meh" ["not meh at all"]
    r`\bmeh\b`,
    // "not what I asked", "the answer was not what I needed" ["not what I expected, even better" is not read]
    r`\bnot what i (?:asked|was asking|asked for|needed|wanted|was looking for)\b`,
    // "could have been more helpful", "could of been better" ["couldn't have been more helpful", "could not have been
    // easier": "couldnt" / "could not" do not match]
    r`\b(?:could|couldve|should|shouldve) (?:have |of )?been (?:more helpful|a bit more helpful|a little more helpful|better|clearer|friendlier|faster|quicker|more patient)\b`,
    // "the chat kept freezing and nobody came back", "nobody answered for ten minutes" ["no waiting at all"]
    r`\b(?:nobody|no one|noone) (?:came back|answered|responded|replied|got back|helped)\b`,
    // "i still dont have an answer", "still no reply" ["I still don't know how she found it so fast"]
    r`\bstill (?:dont|do not|havent|have not|didnt|did not) (?:have|got|get|received|receive) (?:an |the |my |any )?(?:answer|reply|response|email|information|info|help)\b`,
    r`\bstill no (?:answer|reply|response|email)\b`,
    // "kind of pointless", "pretty rubbish service" (British) ["found the rubbish collection days, thanks"]
    r`\bpointless\b`,
    r`\b(?:pretty|bit|absolutely|totally|utterly|quite|really|was|is) rubbish\b`,
    r`\brubbish (?:service|answer|help|experience|chat)\b`,
    // "librarian was short with me" ["kept it short, thanks"]
    r`\b(?:short|curt|abrupt|brusque|snippy|snappy) with me\b`,
    // Spanish "no me sirvió de nada" (v1 reads "no me ayudó") ["me sirvió mucho"]
    r`\bno me (?:sirvio|sirvieron|resolvio|resolvieron|contesto|contestaron|respondio|respondieron)\b`,
  ),
}));

// C4: Spanish and bilingual sessions, a paraphrase sweep (test/twenty-seventh-round-espanol.test.ts)
// Phrase changes, each with the case it fixes and, in brackets, the near miss it must not catch:
const phrasesV28C4 = block(phrasesV28C3, (v28) => ({
  // "wenas!" (chat-speak "buenas") opens a chat as v2's "buenas" does (the "wenas! aki Chuy de la biblio" case) ["wenas"
  // said later in a sentence is left alone: the opening word only]
  greeting: v28.plus('greeting', r`^wenas\b(?=[ !,.]|$)`),
  // "aquí / aki Chuy de la biblioteca" says who is answering, as v1's "Chuy here from the library" does (the "wenas! aki
  // Chuy de la biblio" case) ["Aquí tiene el enlace de la biblioteca" hands over a link]
  selfNameHere: v28.plus(
    'selfNameHere',
    r`^(?:aqui|aki) (?!(?:tiene|tienes|tienen|esta|estan|hay|le|te|les|se|lo|la|los|las|en|es|son|va|van|abajo|arriba|mismo|cerca|dentro|afuera|dejo|pongo|mando|envio|puede|puedes|encuentra|encuentras|un|una|el)\b)[a-z]{2,20}(?: [a-z]{2,20})? (?:de|del|desde) (?:la |el )?(?:biblioteca|biblio|library)\b`,
  ),
  // "¿Quedó resuelta su duda?" asks whether what was given meets the need (the "¿Quedó resuelta su duda?" case) ["Su duda
  // quedó resuelta en la página de preguntas frecuentes." asks nothing]
  completeness: v28.swap(
    'completeness',
    12,
    // v1's Spanish "¿le sirve…?" is about something not yet given before "un escaneo / una copia…" (the "¿Le sirve un
    // escaneo del capítulo?" near miss) ["¿Le sirve esta información?" still asks about what was given]
    retext(phrasesV28C3.completeness[12]!, r`funciono)\b`, r`funciono)\b(?! (?:un|una|unos|unas) (?:escaneo|escaneos|copia|copias|fotocopia|fotocopias|scan|scans|cita|reserva|reservacion|prestamo)\b)`),
    r`\bquedo (?:resuelta|resuelto|aclarada|aclarado|contestada|contestado|respondida|respondido) (?:su|tu) (?:duda|pregunta|consulta)\b(?=[^.!]{0,40}\?)`,
  ),
  patronDone: v28.widen('patronDone', [
    // v1's "eso es todo" asked back: "¿eso es todo lo que hay?" (the patron asking case) ["si, eso es todo, gracias"
    // still says the patron is done]
    [11, r`es todo\b`, r`(?! lo que (?:hay|tienen|tiene|tenemos|encontro|encontraste|encontraron)\b)(?! ?\?)`],
  ],
  // v1's "no tengo más preguntas" typed "no tngo" (the "ya no tngo mas preguntas grax" case) ["no tngo mi tarjeta" is no
  // end]
  r`\bno tngo (?:mas|otras) preguntas\b`,
  ),
  followupPromise: v28.widen('followupPromise', [
    // v1's Spanish "le escribo / le mando … <when>" with the patron's e-mail between ("le mando un correo a ana.r@gmail.com
    // en 2 o 3 días hábiles", "le escribo a ana.r@gmail.com cuando lo encuentre"; "[email]" once redacted) (the follow-up
    // promise cases) ["Le envío
    // el enlace por aquí mismo" sends it now]
    [13, r` (?:escribo|envio|mando|llamo|aviso|contacto|respondo) (?:[a-z]+ `, r`|[^\s@]{1,40}@[^\s]{1,60} |\[email\] `],
    // and with "antes del viernes", "en 2 o 3 días" (the "le escribo antes del viernes" case) ["Le envío el enlace por
    // aquí mismo" sends it now]
    [13, r`|en (?:unos|unas|\d+) (?:horas|dias)`, r`|antes del? (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de semana|proxima semana)|en \d{1,2} (?:o|a|u) \d{1,2} (?:horas|dias)`],
  ]),
}));

// C5: dismissals and limits (test/twenty-seventh-round-limits.test.ts). One setting (documented on the Rubric type, set
// in rubricV28): endOnQuestionC5. Each phrase change names the case it fixes and, in brackets, the near miss it must not
// catch (each near miss is a case in the file too):
const phrasesV28C5 = block(phrasesV28C4, (v28) => ({
  dismissalHard: v28.plus(
    'dismissalHard',
    // "Please don't ask me any more questions." (the blunt case) ["Please don't hesitate to ask more questions."]
    r`\b(?:please|pls|plz|kindly) (?:dont|do not) (?:ask|send|message)(?: me| us)?(?: with)? (?:any )?(?:more|further|other|additional|new) (?:questions|qs)\b`,
    // "Our policy allows 15 minutes per chat and we are past that." (the scripted case) ["Our policy is 15 minutes per
    // chat, but no rush, let's finish this."; "Our policy is 60 minutes per session on the public computers."]
    r`\b(?:policy|rule) (?:is|allows|gives (?:you|u|each patron|patrons)|allows (?:you|u)) (?:up to |only )?(?:\d+|five|ten|fifteen|twenty|thirty) (?:minutes?|mins?) (?:per|for each|each|a) (?:chat|chats|conversation|chat session)\b(?![^.!?]{0,60}\bbut\b)`,
  ),
  dismissalConvenience: v28.plus(
    'dismissalConvenience',
    // "I'm afraid I really must bring this chat to a close now." (the academic case) ["I'll have to bring this chat to a
    // close once you've got the PDF"]
    r`\bbring (?:this|the|our) (?:chat|session|conversation) to (?:a close|an end)\b(?<=\b(?:must|have to|need to|got to|gotta|going to|gonna|shall)(?: now| really)? bring [a-z]+ [a-z]+ to (?:a close|an end))(?! (?:once|when|after|if|as soon as)\b)`,
    // "I've given you plenty to go on, so I'll leave it there." (the veteran case) ["I think I've given you plenty to go on,
    // but here's one more"; "Hopefully I've given you enough to go on"]
    r`\bgiven (?:you|u) (?:plenty|enough|more than enough|a lot|lots|loads|heaps) to (?:go on|work with|get started|start with)\b(?<=\b(?:ive|i have|weve|we have)(?: already)? given [a-z]+ [a-z ]{4,16} to [a-z ]{4,12})(?<!\b(?:hope|hopefully|i hope|hope that) (?:ive|i have|weve|we have)(?: already)? given [a-z]+ [a-z ]{4,16} to [a-z ]{4,12})(?![^.!?]{0,60}\b(?:but|if|let me know|does that|is that)\b)`,
    // "Righto, I'm knocking off now, sort the rest yourself mate." (the Australian case) ["I'm knocking off the late fee
    // for you"]
    r`\bknocking off\b(?<=\b(?:im|i am|were|we are)(?: just)? knocking off)(?= (?:now|for (?:the day|today|tonight))\b|[.!,;]| *$)`,
    // "That's beyond what I can do here, good luck." (the backup case) ["That's beyond what I can do here, but the county
    // archives can: call 555-0100."]
    r`\bbeyond what (?:i|we) (?:can|am able to|are able to) (?:do|help with|manage|offer)\b(?=(?: (?:here|from here|for you|in (?:this|a) chat|over chat|today))?[.!,;:]? (?:so )?(?:good luck|best of luck|all the best)\b)`,
    // "I'm not going to do your homework for you." (the homework case) ["I'm not going to do your homework for you! Let's
    // find sources together: …"]
    r`\b(?:do|write|complete|finish) (?:your|ur) (?:homework|assignment|essay|paper|project)\b(?<=\b(?:im not|i am not|i wont|i will not) (?:going to |gonna )?(?:do|write|complete|finish) [a-z]+ [a-z]+)(?![^?]{0,120}?\b(?:but|lets|let me|heres|here is|try|you can|i can|instead)\b)`,
    // "I must finish the chat now, I have lunch break." (the non-native case) ["You must finish the chat survey to get the
    // coupon."]
    r`\b(?:i|we) must (?:now )?(?:finish|stop|quit|leave) (?:this|the|our) (?:chat|session|conversation)\b(?! (?:survey|form|log|transcript|in|on|at|before|after|when|once|if)\b)`,
    // "im done for today, u can google the rest" (the student worker case) ["I'll google the rest of the title for you"]
    r`\bgoogle the rest\b(?<=\b(?:you|u|ull|youll) (?:can |could |will have to |have to |need to |gotta )?google the rest)(?! of\b)`,
    // "We don't have time for more questions." (the Canadian case) ["Don't worry, we have time for more questions."]
    r`\b(?:we|i) (?:dont|do not) have (?:the )?time for (?:any )?(?:more|further|other|another|additional) questions?\b`,
    // "Sorry, I can't keep going with this, bye." (the student worker case) ["I can't keep going with this search, it's a
    // dead end, let's try JSTOR instead."]
    r`\bkeep going\b(?<=\b(?:i|we) (?:cant|cannot|can not|wont|will not) keep going)(?![^?]{0,120}?\b(?:but|lets|let me|try|instead|another|heres)\b)`,
  ),
  othersWaiting: v28.plus(
    'othersWaiting',
    // "I need to move on to other patrons now." / "I need to take other patrons now." (the busy night case) ["You may need
    // to move on to other sources."]
    r`\b(?:i|we) (?:need|have|must|got|gotta)(?: to)? (?:now )?(?:move on to|take|get on to|go to|turn to|switch to) (?:the |my |our |some )?(?:other|next) (?:patrons?|people|customers?|users?|students?|chats?|callers?|person)\b`,
  ),
}));

// C6: listening: restatements and questions in context (test/twenty-seventh-round-listening.test.ts)
const phrasesV28C6 = block(phrasesV28C5, (v28) => ({
  restatement: v28.plus(
    'restatement',
    // "So the gist is: you need to know whether we hold the 1890s Brisbane Courier." (the Australian newspapers case) ["So
    // the gist of the article is that the mill closed in 1931." sums up a source]
    r`\bso the (?:gist|upshot|short version) (?:of it )?is\b`,
    // "Let me just check I've got this right: a biography of Ada Lovelace…?" (the British Ada Lovelace case) ["Let me just
    // check the catalogue." is a hold]
    r`\b(?:let me|lemme|i (?:just )?want to|can i|just to) (?:just |quickly )?(?:check|make sure) (?:ive|i have|weve|we have|i(?:ve)? got) (?:got )?(?:this|that|it|you|everything) (?:right|straight|correct|correctly)\b`,
    // "Got it — articles, not books." (the veteran's Dust Bowl case) ["Got it, no worries, not a problem." answers thanks]
    r`\bgot it(?: -|,|:) (?!(?:thanks|thank you|no worries|no problem|ok|okay)\b)[a-z]+(?: [a-z]+){0,3},? not (?!(?:a problem|an issue|at all|yet|sure|to worry|a worry|bad)\b)[a-z]+(?: [a-z]+){0,3}[.!]?$`,
  ),
}));

// C8: the first wave's follow-ups, transfers and codes checked (test/twenty-seventh-round-followups-checked.test.ts)
// Narrowings only, each with the case of that file it fixes and, in brackets, the first wave's case that still passes.
// "… but the librarian found it", "…, this librarian found it in minutes", "pero la bibliotecaria sí": the complaint words
// are about something else, and the comment goes on to praise the help (C3's additions only)
const PRAISE_AFTER_C8 = r`(?![^.!?]{0,60}?\b(?:but|pero|though|,)(?: (?:then|honestly|thankfully|luckily))?(?: (?:the|this|that|our|la|el))? (?!(?:nobody|no one|noone|never|nothing|it)\b)(?:[a-z]+ ){0,2}?(?:(?:really|actually|totally|quickly|still) )?(?:did|found|helped|sorted|explained|gave|answered|fixed|solved|knew|calmed|understood|worked|was (?:so |very |super |really )?(?:great|amazing|brilliant|excellent|fantastic|wonderful|helpful|patient|lovely|kind|quick)|si|me ayudo)\b)(?![^.!?]{0,60}?\bbut (?:wow|great|amazing|brilliant|excellent|fantastic|lovely|super)\b)(?![^.!?]{0,40}?\b(?:never|not) here\b)`;
const TRANSFER_FILES_C8 = r`(?! (?:the |your |those |these |that |them |my |a |an |some )?(?:pdfs?|scans?|minutes|copies|copy|images?|ebooks?|articles?|chapters?|lists?|results|links?|videos?|recordings?|spreadsheets?)\b)`;
const phrasesV28C8 = block(phrasesV28C6, (v28) => ({
  transferNotice: ((list: readonly string[]) => [
    list[0]!,
    // C1's "I shall transfer" (and v1's "I'll transfer") moving files: "I shall transfer the minutes to your Dropbox." (the
    // Dropbox case) ["I shall transfer you to my colleague in Local Studies." still announces]
    list[1]! + TRANSFER_FILES_C8,
    // v1's "connect you with" with the party's address or number after it is a referral: "I can connect you with the Friends of
    // the Library: friends@lib.org." (the Friends case) [C1's "Connecting you with our local history librarian now."]
    list[2]! + r`(?![^!?\n]{0,80}?(?:@|\b\d{3}[ .-]\d{4}\b))`,
    // v1's "my colleague will" for help in person later: "My colleague will jump on and help you with the printer when you come
    // in Thursday." (the 3D printer case) ["I'm going to pass you to my colleague, who can take it from here" still announces]
    list[3]! + r`(?![^.!?]{0,80}?\b(?:when|once|if|after) (?:you|u) (?:come|get|stop|drop|arrive|visit|are in)\b)`,
    ...list.slice(4, 20),
    // C1's "speaking with … next" when the patron is told what happens on a call they make: "When you call, you'll be speaking
    // with the records clerk next, after the recording." (the Vital Records case) ["You'll be speaking with Rosa next, she's
    // the local history librarian." still announces]
    list[20]! + r`(?<!\b(?:when|once|if|after) (?:you|u) (?:call|phone|ring|dial|visit|arrive|go in|get there)\b[^.!?]{0,120})`,
    ...list.slice(21, 24),
    // C1's "while I transfer" moving files: "One sec while I transfer the scans to our shared drive." (the shared drive case)
    // ["Please stay on while I transfer you." still announces]
    list[24]! + TRANSFER_FILES_C8,
    // C1's "hand you over." negated: "No worries, I'm not gonna hand you over." (the not-again case) ["Hang tight, I'm handing
    // you over." still announces]
    list[25]! + r`(?<!\b(?:not|never|wont|will not|dont|do not) (?:going to |gonna |about to )?(?:handing|passing|hand|pass) (?:you|u) over)`,
    // C1's "will jump on and help" in person later: "My colleague will jump on and help you with the printer when you come in
    // Thursday." (the 3D printer case) ["Our local history librarian is going to hop on and help you out." still announces]
    list[26]! + r`(?![^.!?]{0,80}?\b(?:when|once|if|after) (?:you|u) (?:come|get|stop|drop|arrive|visit|are in)\b)`,
    // C1's "… can / will pick it up from here" after the patron is told to leave or send something: "leave the laptop at the
    // desk and a librarian can pick it up from here", "Fill in the device form … and our repair team will pick it up from here
    // once you submit it." (the laptop and hotspot cases) ["Our local history specialist will pick this up from here." still
    // announces]
    list[27]! + r`(?<!\b(?:leave|drop|put|bring|return|submit|fill in|fill out|mail|post)\b[^.!?]{0,100})(?! (?:once|when|after|if|as soon as) (?:you|u)\b)`,
    // C1's "Transferring now" as the subject of a verb: "Transferring now would lose your place…", "So transferring now isn't
    // possible" (the Elm Street and archivist cases) ["Transferring now, don't close the window." still announces]
    list[28]! + r`(?! (?:would|will|wont|isnt|is|was|might|may|could|can|cant|cannot|means|should|doesnt|does)\b)`,
    // C1's "get / ask my colleague to … in" for a shift or a visit: "I'll ask my colleague to step in for me at Saturday's
    // storytime", "I could ask our archivist to come in early Saturday" (the storytime and maps cases) ["I'm going to get my
    // colleague to jump in, she's our local history expert." still announces]
    list[29]! + r`(?! (?:for me|early|late|at|tomorrow|next|this|to work|to the)\b)(?![^.!?]{0,60}?\b(?:storytime|class|workshop|shift|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week)\b)`,
    // C1's "let me get you to the right person:" introducing a party to call or write to (a referral): "Let me get you to the
    // right person: the county recorder's office handles deeds, 410-555-0100." (the deed case) ["Let me get you to someone
    // in Local History who can help, hang on." still announces]
    list[30]! + r`(?! ?[:;] ?(?:the|a|an|our|your|call|email|contact|visit|try|its|thats)\b)`,
    // C1's "put you in touch with … in this chat" when the party is reached by e-mail or is not in the chat: "I can put you in
    // touch with our archivist by email, since she doesn't work in this chat" (the mill photos case) ["putting you in touch with
    // our local history librarian here in chat" still announces]
    list[31]! + r`(?![^.!?]{0,60}?\b(?:(?:by|via|over) (?:email|e mail|phone|text)|doesnt|does not|isnt|is not|not)\b)`,
    // C1's "transfr u" when a page or button moves the patron: "when u click Renew does it transfr u to the login page?" (the
    // Renew case) ["kk gonna transfr u to our teen services librarian" still announces]
    list[32]! + r`(?<!\b(?:it|that|this|which|button|link|page|app|site|system) (?:(?:will|should|would|might|can|could|does|did|may) )?transfr(?:ing|in)? (?:you|u|ya))`,
    ...list.slice(33),
  ])(phrasesV28C6.transferNotice),
  // C2's "back to you on that in a bit" with a later day named: "I'll get back to you on that in a bit, once our archivist is in
  // on Monday.", "… in a bit — I need the archivist, who is in later this week." (the archivist cases) ["I'll get back to you
  // on that in a sec." still is no promise]
  notPromise: v28.swap(
    'notPromise',
    4,
    phrasesV28C6.notPromise[4]! +
      r`(?![^.!?]*\b(?:(?:on|by|until|till|next|this) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|later (?:today|this week|in the week)|this (?:week|afternoon|evening))\b)`,
  ),
  negativeComment: ((list: readonly string[]) =>
    list.map((src, i) => {
      // C3's additions (14-28) when the comment goes on to praise the help (PRAISE_AFTER_C8) (the website, catalogue, archives,
      // county, spelling and "la web" cases) ["didn't really help", "she rushed me", "nobody answered for ten minutes" still flag]
      if (i < 14 || i > 28) return src;
      let out = src + PRAISE_AFTER_C8;
      // "she was so patient even though I wasn't very clear": the patron's own side ["wasn't very helpful tbh" still flags]
      if (i === 15) out += r`(?<!\bi (?:wasnt|werent|isnt) (?:very |really |that |too |particularly |at all |overly |terribly )?(?:helpful|useful|friendly|polite|clear))`;
      // "I felt rushed by my deadline", "I've felt judged at other libraries" ["felt dismissed", "felt rushed, like she wanted
      // me gone" still flag]
      if (i === 17) out += r`(?! by (?:my|the|a|our) (?:deadline|schedule|time|work|job|class|boss|teacher|professor|assignment)\b)(?! (?:at|by|in) (?:other|another|some|most|many) )`;
      // "meh weather but great help" ["meh", "meh, ok I guess" still flag]
      if (i === 18) out += r`(?! (?:weather|wifi|internet|connection|day|morning|week|traffic|signal)\b)`;
      // "Not what I asked for, but exactly what I needed!" ["not what I asked" still flags]
      if (i === 19) out += r`(?![^.!?]{0,20}?\bbut (?:exactly|just|even|better|much|so much)\b)`;
      // "Nobody could have been more helpful", "Don't see how it could've been better" ["could have been more helpful" still
      // flags]
      if (i === 20) out += r`(?<!\b(?:nobody|no one|noone|nothing|how (?:it|she|he|that|this|anyone|anything)) (?:could|couldve|should|shouldve) (?:have |of )?been [a-z ]{4,30})`;
      // "Thought it would be pointless to ask but wow" ["kind of pointless" still flags]
      if (i === 24) out += r`(?<!\b(?:thought|think|worried|feared|figured|assumed) (?:it|this|that) (?:would|might|was going to) be pointless)`;
      // "I'm a bit rubbish with computers" ["pretty rubbish service to be honest" still flags]
      if (i === 25) out += r`(?! (?:with|at) )`;
      return out;
    }))(phrasesV28C6.negativeComment),
}));

// C9: the first wave's Spanish, dismissals and questions checked (test/twenty-seventh-round-readings-checked.test.ts)
// Narrowings only, each with the case it fixes and, in brackets, the first wave's case that must still pass:
const phrasesV28C9 = block(phrasesV28C8, (v28) => ({
  // C4's "wenas" not before a noun it praises: "wenas noticias, ya llegó" ("good news"), "wenas ideas las suyas!" (the
  // Pima hold and the book club cases) ["wenas! aki Chuy de la biblio", "wenas tardes" still greet]
  greeting: v28.swap('greeting', 32, phrasesV28C8.greeting[32]! + r`(?! (?:noticias|ideas|preguntas|fuentes|opciones|razones|pistas|news)\b)`),
  // C4's "aquí <Name> de la biblioteca" not a place or a thing: "Aquí enfrente de la biblioteca para el bus 12.", "Aquí al
  // lado de la biblioteca…", "Aquí horarios de la biblioteca: …" (the bus, parking and hours cases) ["wenas! aki Chuy de
  // la biblio" still names]
  selfNameHere: v28.swap(
    'selfNameHere',
    6,
    retext(
      phrasesV28C8.selfNameHere[6]!,
      r`|un|una|el)\b)`,
      r`|un|una|el|al|enfrente|detras|atras|delante|encima|debajo|junto|alrededor|horario|horarios|info|informacion|enlace|enlaces|link|links|catalogo|direccion|telefono|correo|mapa|reglas|servicios|datos|formulario|formularios|libros)\b)`,
    ),
  ),
  completeness: replaced(
    // C4's "¿le sirve…?" narrowing also before a PDF, a file or a link and before "que / si" (an offer): "¿Le sirve un PDF
    // del capítulo?", "¿Le sirve que se lo aparte en el mostrador?" (the Scarano and Wonder cases) ["¿Le sirve esta
    // información?" still asks]
    12,
    retext(phrasesV28C8.completeness[12]!, r`|reservacion|prestamo)\b)`, r`|reservacion|prestamo|pdf|pdfs|archivo|enlace|link|ejemplar)\b)(?! (?:que|si)\b)`),
    // C4's "¿Quedó resuelta su duda?" not about another day's or another person's help: "¿quedó resuelta su duda del martes
    // con mi compañera?" (the Ponce case) ["¿Quedó resuelta su duda?" still asks]
    v28.swap(
      'completeness',
      201,
      phrasesV28C8.completeness[201]! +
        r`(?! (?:del? (?:ayer|anoche|lunes|martes|miercoles|jueves|viernes|sabado|domingo|la (?:semana|otra|vez)|(?:el )?otro|otra)|con (?:mi|el|la|los|las|su|sus|nuestr[oa]s?|otr[oa]s?))\b)`,
    ),
  ),
  patronDone: replaced(
    // C4's "eso es todo" not before "un / el …", "lo que se / piden…", nor in a question: "uf eso es todo un lío", "¿y eso es
    // todo el trámite?", "eso es todo lo que se necesita para el pasaporte?" (the printer, card and passport cases) ["si,
    // eso es todo, gracias" still ends]
    11,
    phrasesV28C8.patronDone[11]! + r`(?! (?:un|una|el|la|los|las|muy|mas)\b)(?! lo que (?:se|piden|pide|hay que|debo|tengo)\b)(?![^.!?]{0,60}\?)`,
    // C4's "no tngo mas preguntas" not before what the questions are for: "no tngo mas preguntas de practica" (the
    // citizenship case) ["ya no tngo mas preguntas grax" still ends]
    v28.swap('patronDone', 62, phrasesV28C8.patronDone[62]! + r`(?! (?:de|del|para|sobre)\b)`),
  ),
  dismissalHard: replaced(
    // C5's "please don't ask / send … more questions" not when it says where not to send them: "Please don't send any more
    // questions to the old address, use …", "… in the survey box" (the Dover and Mesa cases) ["Please don't ask me any
    // more questions." still dismisses]
    58,
    phrasesV28C8.dismissalHard[58]! + r`(?! (?:to|at|via|through|in|into|on|using) (?!(?:this|the) (?:chat|session)\b)(?:the|that|this|our|my|your|an?|old)\b)`,
    // C5's "policy allows N minutes per chat" not when the help goes on or the policy is another service's: "Our policy
    // allows 30 minutes per chat, so no rush at all.", "Brainfuse's policy allows 30 minutes per chat with a tutor", "The
    // Writing Center's policy is 30 minutes per chat" (the Lane, tutor and thesis draft cases) ["Our policy allows 15 minutes
    // per chat and we are past that." still dismisses]
    v28.swap(
      'dismissalHard',
      59,
      phrasesV28C8.dismissalHard[59]! +
        r`(?![^.!?]{0,60}\b(?:so no|no rush|no hurry|plenty|with (?:a|an|the|one of (?:the|our)) (?:tutor|tutors|counsellor|counselor|expert|advisor)|start one|book one)\b)(?<!\b(?:tutoring|tutors|brainfuses|brainfuse|their|its|center|centre|centers|centres|lab|labs|clinic|clinics) (?:policy|rule) [a-z0-9 ]{5,80})`,
    ),
  ),
  dismissalConvenience: replaced(
    // C5's "bring this chat to a close" not after "before / when / if I…", nor when the system closes it: "Before I have to
    // bring this chat to a close, is there anything else…?", "The system is going to bring this chat to a close in 2
    // minutes, are you still there?" (the hours and knitting cases) ["I'm afraid I really must bring this chat to a close
    // now." still dismisses]
    53,
    phrasesV28C8.dismissalConvenience[53]! +
      r`(?<!\b(?:before|until|till|when|if|once|after) (?:i|we) (?:[a-z]+ ){0,3}bring [a-z]+ [a-z]+ to (?:a close|an end))(?<!\b(?:system|it|software|platform|site|timer|computer|window) (?:[a-z]+ ){0,3}bring [a-z]+ [a-z]+ to (?:a close|an end))`,
    replaced(
      // C5's "I've given you plenty to go on" not asked, nor with a way back: "Do you feel I've given you enough to go on?",
      // "I have given you enough to go on, or would you like more?", "… — come back anytime if you get stuck!" (the thesis,
      // Dust Bowl cases) ["I've given you plenty to go on, so I'll leave it there." still dismisses]
      54,
      phrasesV28C8.dismissalConvenience[54]! +
        r`(?![^.!?]{0,80}(?:\?|\b(?:come back|chat again|get stuck|anytime|any time|reach out|get in touch)\b))(?<!\b(?:do|did|dont) (?:you|u) (?:feel|think|reckon) (?:ive|i have|weve|we have)(?: already)? given [a-z ]{4,40})`,
      replaced(
        // C5's "knocking off" not when the provider finishes the help first or leaves a way on: "I'm knocking off for the day
        // after this one, so let's get it sorted", "… but I've emailed you the list and Sam's on till 8 if you need more"
        // (the Brisbane cases) ["Righto, I'm knocking off now, sort the rest yourself mate." still dismisses]
        55,
        phrasesV28C8.dismissalConvenience[55]! +
          r`(?![^.!?]{0,100}\b(?:after (?:this|you|that|we|your)|if (?:you|u) need|on (?:till|until|til|tonight)|can help|will help|emailed (?:you|u)|sent (?:you|u)|so lets)\b)`,
        replaced(
          // C5's "beyond what I can do here, good luck" not when someone to ask follows: "…, so good luck — but the tech desk
          // can help: call 555-0100." (the printer case) ["That's beyond what I can do here, good luck." still dismisses]
          56,
          phrasesV28C8.dismissalConvenience[56]! + r`(?![^.!?]{0,100}\b(?:but|call|email|contact|ask|visit|try)\b)`,
          replaced(
            // C5's "not going to do your homework" not when a question or working together follows: "… that's your job — so
            // what's the topic?", "…: we'll work through it together." (the climate and CQ Researcher cases) ["I'm not going
            // to do your homework for you." still dismisses]
            57,
            phrasesV28C8.dismissalConvenience[57]! + r`(?![^?]{0,120}?(?:\?|\b(?:together|well|we will|first|whats|what is)\b))`,
            // C5's "we must leave the chat" not the window: "we must leave the chat window open until the upload finishes"
            // (the upload case) ["I must finish the chat now, I have lunch break." still dismisses]
            replaced(
              58,
              phrasesV28C8.dismissalConvenience[58]! + r`(?! (?:window|box|tab|page|open|running|up)\b)`,
              // C5's "I can't keep going with this" not when the system stops the search or the patron is asked to write:
              // "I can't keep going with this search while the catalogue is down, could you email ask@…?" (the second
              // batch's case) ["Sorry, I can't keep going with this, bye." still dismisses]
              v28.swap(
                'dismissalConvenience',
                61,
                phrasesV28C8.dismissalConvenience[61]! +
                  r`(?![^.!?]{0,80}\b(?:while|because|since|until|as) (?:the|our|my) (?:catalogue|catalog|system|database|site|website|server|network|internet|connection|archive|power)\b)(?![^?]{0,120}?\b(?:email|call|contact|come back|chat again)\b)`,
              ),
            ),
          ),
        ),
      ),
    ),
  ),
  // C5's "move on to / turn to the next / other person(s)" not someone in a record: "we need to move on to the next person
  // in the tree", "turn to the other people in the photo" (the family tree and mill photo cases) ["I need to move on to
  // other patrons now." and "… the next patron in the queue" still name the queue]
  othersWaiting: v28.swap(
    'othersWaiting',
    11,
    phrasesV28C8.othersWaiting[11]! + r`(?! (?:in (?!(?:the |my |our )?(?:queue|line)\b)|on|of|from|listed|named|mentioned|whose)\b)`,
  ),
  restatement: replaced(
    // C6's "so the gist / upshot is" only about the patron: "So the gist is, the branch closes early on Fridays in summer.",
    // "So the upshot is we can't lend it outside the county." (the summer hours and museum pass cases) ["So the gist is:
    // you need to know whether we hold the 1890s Brisbane Courier." still restates]
    36,
    phrasesV28C8.restatement[36]! + r`(?=[^.!?]{0,80}\b(?:you|u|your|ur|youre|youd|youve)\b)`,
    replaced(
      // C6's "let me check I've got it right" not the provider's own form: "Let me just make sure I've got it right in the
      // ILL form before I submit." (the Braiding Sweetgrass case) ["Let me just check I've got this right: a biography of
      // Ada Lovelace…?" still restates]
      37,
      phrasesV28C8.restatement[37]! +
        r`(?! (?:in|on) (?:the|this|that|my|our|your) (?:[a-z]+ )?(?:form|system|record|request|order|catalogue|catalog|account|file|booking|hold)\b)(?![^.!?]{0,60}\bbefore (?:i|we) (?:submit|send|place|save|book|order|file)\b)`,
      // C6's "got it – X, not Y" not a status or a place reported: "Got it, checked out, not due till Friday.", "Got it: it's
      // on the shelf, not in storage." (the Kristin Hannah and yearbook cases) ["Got it — articles, not books." still
      // restates]
      v28.swap(
        'restatement',
        38,
        retext(
          phrasesV28C8.restatement[38]!,
          r`|no problem|ok|okay)\b)`,
          r`|no problem|ok|okay|its|it is|thats|that is|checked|found|renewed|placed|done|sent|fixed|booked|returned|reserved|cancelled|canceled|available|on the|in the)\b)`,
        ),
      ),
    ),
  ),
}));

// C10: the first wave's settings checked (test/twenty-seventh-round-settings-checked.test.ts). No phrase change; settings
// (documented on the Rubric type, set in rubricV28): patronEndedC10, beforeDueC10, sentThingC10, choiceNotRhetoricalC10,
// instructionFirstC10, lookupHoldC10, timeOkC10, soFarAskedC10, each narrowing one of C2's, C5's or C6's settings.
const phrasesV28C10 = block(phrasesV28C9, (_v28) => ({}));

const phrasesV28: RubricPhrases = phrasesV28C10;

/** Rubric v28: v27 with the phrase families and settings of a twenty-seventh round of sessions (blocks C1-C6, C8-C10). */
export const rubricV28: Rubric = {
  ...rubricV27,
  version: '28',
  phrases: phrasesV28,

  // C2's settings
  otherDateC2: true,
  partyContactC2: true,

  // C5's settings
  endOnQuestionC5: true,
  queueThenSourceC5: true,

  // C6's settings
  instructionNotRestateC6: true,
  rhetoricalC6: true,
  restatedAskC6: true,
  soFarStepC6: true,
  checkRightC6: true,
  moreCompleteC6: true,

  // C8's settings
  dueDeliveryC8: true,
  ownContactC8: true,

  // C10's settings
  patronEndedC10: true,
  beforeDueC10: true,
  sentThingC10: true,
  choiceNotRhetoricalC10: true,
  instructionFirstC10: true,
  lookupHoldC10: true,
  timeOkC10: true,
  soFarAskedC10: true,
};

// D1: the LEFT sweep, referrals: when a sentence refers the patron to a party (test/twenty-eighth-round-referring.test.ts)
const phrasesV29D1 = block(phrasesV28, (v29) => ({
  referralVerb: v29.plus(
    'referralVerb',
    // "Try the Urban League, they help with rent sometimes." (the eighteenth round's housing case), "you could try your local
    // Legal Aid Society": "try" and an organisation the patron is to go to ["Try the catalogue", "Try the Historical
    // Society's website", "try the society pages of the Sun" stay no referral; second wave E1: one word may come before the
    // resource noun, and a tool is no party: "try the food bank locator at 211md…", "… Audubon Society field guide"]
    r`\btry\b(?= (?:the|your|your local|your nearest|a local) (?:[a-z&-]+ ){0,4}?(?:league|society|association|council|clinic|foundation|coalition|alliance|legal aid|aid society|authority|ombudsman|tenants union|credit union|food bank|food pantry)\b(?!s? (?:[a-z]+ )?(?:website|site|page|pages|web|app|catalog|catalogue|database|guide|collection|archive|publications?|book|books|report|journal|newsletter|magazine|directory|index|blog|column|locator|finder|search|map|list|tool|portal|form|cookbook)\b)(?! of\b))`,
    // "You file it with the Circuit Court clerk in your county: …" (the twenty-third round's name change), "You can also file
    // one with the Better Business Bureau." (the nineteenth round's contractor): v12's "file a complaint with" with a pronoun
    // object ["file it with the rest of your tax papers", "file it with your return" name no party]
    r`\b(?:file|filing)\b(?= (?:it|one|them|yours|that|this)(?: (?:online|in person|directly|yourself))? with (?:the|your|a|an|their) (?!(?:rest|others?|other|return|returns|taxes|papers|paperwork|records|documents|file|files)\b)[a-z])`,
  ),
}));

// D2: the LEFT sweep, referrals: the party and its contact (test/twenty-eighth-round-party-contact.test.ts)
const phrasesV29D2 = block(phrasesV29D1, (_v29) => ({}));

// D3: the LEFT sweep, sources and clarifying questions (test/twenty-eighth-round-sources.test.ts)
const phrasesV29D3 = block(phrasesV29D2, (v29) => ({
  // "Any topic in mind, like magnets, weather, bugs?" (the homeschool kits case) asks about the need: v1's "any topic(s)"
  // not before "in mind" or ", like / such as" ["Any other topics in mind?", "Any more questions?" still ask for more]
  // "The membership rules are on connemaralibrary.in/membership." (the Chennai membership case): an Indian domain, read only
  // with a path after it or under .co.in / .gov.in / .ac.in / .nic.in / .org.in / .net.in / .res.in ("logged.in", "sign.in"
  // without a path stay words)
  url: v29.plus(
    'url',
    r`(?<![\w@.-])[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?){0,5}\.in(?:/[a-z0-9_~%-][^\s<>"]{0,200}|\b(?<=\.(?:co|gov|ac|nic|org|net|res|edu)\.in)(?!\.[a-z0-9]))(?![@-])`,
  ),
  anythingElse: v29.swap('anythingElse', 3, phrasesV29D2.anythingElse[3]! + r`(?!(?<=\bany (?:topics?|subjects?|things?))(?: in mind\b|,? (?:like|such as|for example)\b))`),
}));

// D4: the LEFT sweep, greetings and sign-ons (test/twenty-eighth-round-greetings.test.ts)
const phrasesV29D4 = block(phrasesV29D3, (_v29) => ({}));

// D5: the LEFT sweep, completeness questions, dismissals, flags, follow-up contacts and codes (test/twenty-eighth-round-closing.test.ts)
// Narrowings of v1's words, each with the case it fixes and, in brackets, the reading that still holds:
const OWN_WRONG_D5 = r`(?<!\b(?:i|we) (?:had|have|got|typed|wrote|put|used|picked|brought|requested|ordered|gave (?:her|him|them|the librarian)) (?:the |a |an |my |our )?wrong)`;
const THING_ANNOYED_D5 = r`(?! (?:with|at|by) (?:the|this|that|our|your|their|my) (?:library |librarys |online )?(?:website|site|web site|webpage|page|app|catalogue|catalog|system|computer|printer|wifi|internet|login|password|form|link|database|portal|process|machine|scanner|software)\b)(?<!\b(?:website|site|webpage|page|app|catalogue|catalog|system|computer|printer|wifi|internet|login|password|form|link|database|portal|process|machine|scanner|software) (?:really |kind of |so |a bit )?annoy[a-z]*)`;
// (second wave) the praise after "annoyed with <a thing>" or the patron's own "wrong" undone by a negation: "I was annoyed
// with the website but the librarian did nothing to help", "I typed the wrong title but she found nothing at all" still
// complain ["… but the librarian fixed it", "… but she sorted it out quickly" do not]
const NEGATED_AFTER_D5 = r`(?=[^.!?]{0,60}?\b(?:but|though)\b[^.!?]{0,40}?\b(?:nothing|nobody|no one|never|not|didnt|wasnt|couldnt|wouldnt)\b)`;
const phrasesV29D5 = block(phrasesV29D4, (v29) => ({
  // v1's bare "wrong" for the patron's own wrong thing, and "annoyed with <a thing>", when the comment goes on to praise the
  // help (PRAISE_AFTER_C8): "I had the wrong edition on my list but she found the right one", "I was annoyed with the website
  // but the librarian fixed it" (the twenty-seventh round's LEFT comments) ["she gave me the wrong edition", "the librarian
  // seemed annoyed with me", "annoyed with the website and nobody helped" still complain]
  negativeComment: v29.swap(
    'negativeComment',
    0,
    retext(
      retext(phrasesV29D4.negativeComment[0]!, r`|annoy\w*|`, `|annoy\\w*(?:${THING_ANNOYED_D5}|${PRAISE_AFTER_C8}|${NEGATED_AFTER_D5})|`),
      r`|wrong|`,
      `|wrong(?:${OWN_WRONG_D5}|${PRAISE_AFTER_C8}|${NEGATED_AFTER_D5})|`,
    ),
  ),
  // v8's "got to run" after a hold taken back: "brb... actually nvm gotta run, ttyl" (the twenty-seventh round's limits
  // case; with `holdTakenBackD5`) ["got to run a search first" still reads no leaving]
  dismissalConvenience: v29.swap(
    'dismissalConvenience',
    12,
    retext(phrasesV29D4.dismissalConvenience[12]!, r`welp),? )`, r`welp),? )(?:(?:actually|never mind|scratch that|oh wait|wait),? ){0,2}`),
  ),
  // the provider sending something to a number it types, no "you": "I'll text the link on 0412 345 678 tomorrow morning." (the
  // twenty-seventh round's settings case) ["You can text the library on 0412 111 222", "Text HELP to 55555" name no patron's]
  patronContactContext: v29.plus(
    'patronContactContext',
    r`\b(?:text|sms|txt)\b(?<=\b(?:ill|i will|well|we will|i can|we can|i shall|we shall|im going to|were going to|ill just|i will just) (?:text|sms|txt))(?= (?:you |u )?(?:(?:the|a|that|this|those|these) )?(?:(?:link|links|list|details|info|information|code|codes|pdf|scan|scans|times|hours|it|them|address|booking|confirmation) )?(?:to|on|at) \+?\d)`,
  ),
  // v1's "was your <noun> … solved" about another time: "Was your problem solved by the IT desk last time?" (the Y3 case)
  // ["Was your problem solved?", "Was your question answered by the guide?" still ask]
  completeness: v29.swap(
    'completeness',
    0,
    phrasesV29D4.completeness[0]! + `(?![^.!?]{0,60}?\\b(?:last time|the other day|last (?:week|month|year|visit)|yesterday|previously|before now)\\b)`,
  ),
}));

// D6: the LEFT sweep, holds, transfers and the rest (test/twenty-eighth-round-holds.test.ts)
const phrasesV29D6 = block(phrasesV29D5, (v29) => ({
  // v2's holdWeak "I'll ask my colleague" when the colleague is asked to stand in for the provider later: "I'll ask my colleague
  // to step in for me at Saturday's storytime" (the storytime case of twenty-seventh-round-followups-checked) ["I'll ask my
  // colleague, one moment", "I'll ask my colleague to check the stacks for me" still hold]
  holdWeak: v29.swap(
    'holdWeak',
    0,
    retext(
      phrasesV29D5.holdWeak[0]!,
      r`|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b)`,
      r`|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s|to (?:step|fill|sub|stand|pitch) in (?:for me|for us|on my behalf)|to (?:cover|sub) (?:for (?:me|us)|my (?:shift|class|desk|session|program|programme|storytime|hours)))\b)`,
    ),
  ),
  // v1's hold "let me get / connect" when it introduces a party to reach, after a colon: "Let me get you to the right person:
  // the county recorder's office handles deeds, 410-555-0100." (the deed case of twenty-seventh-round-followups-checked; C8
  // narrowed transferNotice the same way) ["Let me get you to the right person, one moment.", "Let me get you to someone in
  // Local History who can help, hang on." still hold]
  hold: v29.swap(
    'hold',
    0,
    phrasesV29D5.hold[0]! +
      r`(?! (?:you|u) (?:over |through |across )?to (?:someone|somebody|the (?:right|correct|proper|best) (?:person|people|place|office|department|folks|team|agency|ones?))(?: (?:who|that)(?: [a-z]+){1,4})? ?[:;] ?(?:the|a|an|our|your|call|email|contact|visit|try|its|thats|ring|phone|write)\b)`,
  ),
  // C8's narrowing of C1's "let me get you to …" before a party after a colon, also past "who can help": "Let me get you to
  // someone who can actually help: the Tenant Resource Center, 608-257-0006." ["Let me get you to someone in Local History
  // who can help, hang on." still announces]
  transferNotice: v29.swap(
    'transferNotice',
    30,
    retext(phrasesV29D5.transferNotice[30]!, r`(?! ?[:;] ?(?:the|`, r`(?!(?: (?:who|that)(?: [a-z]+){1,4})? ?[:;] ?(?:the|`),
  ),
}));

const phrasesV29: RubricPhrases = phrasesV29D6;


/**
 * Rubric v29: v28 with the phrase families and settings of a twenty-eighth round (blocks D1-D6), which took up the cases
 * earlier rounds labelled and left (each test file's `LEFT`).
 */
export const rubricV29: Rubric = {
  ...rubricV28,
  version: '29',
  phrases: phrasesV29,

  // D1's settings
  relayedLeadD1: true,
  consultingHoldD1: true,
  purposeSendD1: true,
  youFileD1: true,
  serviceNameAtD1: true,

  // D2's settings
  nameLabelD2: true,
  firstLaterD2: true,
  numberToCallD2: true,
  namedClauseD2: true,

  // D3's settings
  nothingGivenD3: true,
  holdClauseSourceD3: true,
  formatOnlyD3: true,
  newspaperItemD3: true,
  initialQuestionD3: true,
  titleEchoRestateD3: true,

  // D4's settings
  titleEchoD4: true,
  greetNamePlaceD4: true,
  placeNameEsD4: true,
  greetClauseD4: true,
  typoIntroD4: true,
  placedAtLibraryD4: true,
  nameSubjectD4: true,
  introTailD4: true,
  deskNameSD4: true,

  // D5's settings
  moreCompleteD5: true,
  holdTakenBackD5: true,
  toCallD5: true,

  // D6's settings
  transferredNoticeD6: true,
  askedNothingD6: true,
  wayBackAfterWaitD6: true,
};

// F1: tax season, government forms and official documents (test/twenty-ninth-round-taxes.test.ts)
const phrasesV30F1 = block(phrasesV29, (v30) => ({
  // "The library cannot advise on your individual tax situation; the Office of International Students and Scholars can, at
  // oiss@university.edu": the helping verb elided after the provider's own "can't advise / give advice / help" in the
  // same sentence (the subject must still be a party, as for every referralCanHelp) ["We can't print it, but the app
  // can." (no party), "We don't have it in print, but the IRS may, at irs.gov/forms" (no advice or help declined)]
  referralCanHelp: v30.plus(
    'referralCanHelp',
    r`\b(?:can|could|will|may)(?=(?:,? (?:though|however|instead|certainly|definitely))?(?:[,;:.!]|$| (?:at|on|via) ))(?<=\b(?:cant|cannot|can not|unable to|not able to|not allowed to|not permitted to|dont|do not|doesnt|does not)(?: (?:legally|really|actually|personally))? (?:give|offer|provide|help|assist|explain|answer|advise|interpret)\b[^.?!]{1,160}? (?:can|could|will|may))`,
    // "If it doesn't come up, the Anne Arundel Board of Elections can check for you at 410-222-6600", "the Clerk's office can
    // look it up for you at 410-555-0100": a party that can check something for the patron, and how to reach it ["I can check
    // for you" (the provider), "the app can check that for you at …" (no party), "our genealogy librarian can look it up
    // for you and e-mail you" (on the patron's behalf: no contact of theirs follows)]
    r`\b(?:can|could|may)(?: (?:also|probably|happily|gladly|usually))? (?:check|look (?:it|that|this) up|look up|confirm|verify|search|find out)\b(?= (?:it |that |this |that out |(?:your|the) [a-z]+ )?for (?:you|u)(?:,? (?:at|on) (?=[0-9(+]|[a-z0-9._-]{1,40}@|[a-z0-9-]{1,40}\.[a-z])|:? (?=[0-9(+])| if (?:you|u) (?:call|email|e mail|ring|phone|contact|visit|write to)\b))`,
  ),
}));

// F2: library accounts, cards, fines, holds, printing and rooms (test/twenty-ninth-round-accounts.test.ts)
const phrasesV30F2 = block(phrasesV30F1, (v30) => ({
  // "Library of Things items can be renewed twice, so you've reached the limit" (the Pima renewal case): a limit reached
  // right after renewals, holds, passes, prints or loans is the loan's, told as a rule; v1's "reached the limit" keeps
  // reading a dismissal when a "questions" comes before it, when the limit is named ("your question limit") or when
  // "of / on / for / per" follows (v8's reading then decides) ["You asked three questions about renewals, so you've
  // reached the limit", "I renewed them, but you've reached the limit for one chat" still dismiss]
  dismissalHard: v30.swap(
    'dismissalHard',
    4,
    phrasesV30F1.dismissalHard[4]! +
      r`(?:(?= (?:of|on|for|per) )|(?<!\b(?:renew|renewed|renewing|renewals?|holds|checkouts|items|passes|prints|pages|loans)\b[a-z0-9 ,;]{0,40} (?:reached|hit|exceeded|used up|used|had|have had) (?:your|the|my|our) (?:limit|maximum|max|quota|cap|allotment|allowance))|(?<=\bquestions?\b[a-z0-9 ,;]{0,80}))`,
  ),
}));

// F3: tests, courses and learning (GED, citizenship, permits, languages) (test/twenty-ninth-round-learning.test.ts)
const phrasesV30F3 = block(phrasesV30F2, (v30) => ({
  // v2's knownResource "khan academy": a free website and organisation named alone, not a library database ("Khan Academy is
  // great for that", the GED case of twenty-ninth-round-learning): RUBRIC.md's "an organisation or app named without a way
  // to reach it is not a source" ["Khan Academy has it at khanacademy.org/math" still gives one, by its address]
  knownResource: v30.swap('knownResource', 0, retext(phrasesV30F2.knownResource[0]!, r`|khan academy|`, r`|`)),
  // a completeness question with "reckon", "think" or "figure" before "that covers it / does it / helps": "Reckon that covers
  // it?" (the Australian citizenship case) [a statement "I reckon that covers most of it." asks nothing; "Do you reckon that
  // covers the fee?" asks about something else]
  completeness: v30.plus(
    'completeness',
    // (G3) no modal "will / would / might / should": "I could put the GED book on hold for you. Do you think that would help?"
    // (an offer, not given) and "Do you reckon that will work?" (the patron's own plan) ask about what is not given; a
    // contraction only in "that'll do / cover / sort / answer it" ["Reckon that'll do it?" still reads]
    r`\b(?:reckon|think|figure|suppose)\b(?<=\b(?:(?:do )?(?:you|u|ya) (?:reckon|think|figure|suppose)|^(?:reckon|think|figure)))(?:(?: (?:that|this|those|these|it))(?: all)?(?: (?:covers?|answers?|sorts?|does|do|helps?|works?))|(?: (?:thatll|thisll|itll))(?: (?:cover|answer|sort|do)))(?: (?:it|you|everything|things|what you need(?:ed)?|your question))?(?= ?(?:[?!.,]|$))`,
  ),
}));

// F4: e-media and device troubleshooting, long walkthroughs (test/twenty-ninth-round-devices.test.ts)
const phrasesV30F4 = block(phrasesV30F3, (v30) => ({
  // the provider testing or reproducing the patron's problem on their side announces a look-up: "ok lemme test w/ my login
  // real quick", "Let me reproduce that on our test iPad", "I'm going to test it with our staff card" (the Kanopy credits
  // and device cases of twenty-ninth-round-devices) ["I'll test it with my card tomorrow and email you what I find." is a
  // follow-up, as holdWeak reads it; "Test it with your own login first, then let me know." tells the patron to test]
  holdWeak: v30.plus(
    'holdWeak',
    // (G3) not once the patron has done something, nor together with the patron: "I will test it once you tell me what TV
    // you have.", "I'll reproduce it after you've had a go with the new PIN." and "If you like, I'll test it with you step by
    // step: first open Settings." wait on the patron
    r`\b(?:let me|ill|i will|im going to|i am going to) (?:just |quickly |now |first |also |go )?(?:test|reproduce|replicate|recreate)\b(?! (?:you|u|your)\b)(?![^.!?;:]{0,40}\b(?:once|after|when|as soon as|if) (?:you|u|youve|youre|youd|youll)\b)(?![^.!?;:]{0,20}\bwith (?:you|u)\b)`,
  ),
  // asking whether the patron is still at the step is asking whether they are there: "Are you still trying the steps?",
  // "r u still working on it?" (the check-in cases of twenty-ninth-round-devices) ["Are you still trying it on the old iPad
  // or the new one?" asks about the need; "Are you still using the OverDrive app?" too]
  stillThere: v30.plus(
    'stillThere',
    // (G3) not a choice: "r u still going through those, or done with them?" asks about the need
    r`\b(?:are|r) (?:you|u) still (?:trying|working on|working through|testing|going through|at) (?:it|that|this|those|them|the steps|these steps|those steps)(?! ?[a-z0-9])(?!,? or\b)`,
  ),
}));

// F5: endings under pressure: closing time, queues, shift changes, disconnects (test/twenty-ninth-round-pressure.test.ts)
const phrasesV30F5 = block(phrasesV30F4, (v30) => ({
  // the seed's own "log back on" said "log back in", and "revisit the chat": "My shift ends now; log back in and whoever's on
  // will help you.", "Please do revisit the chat tomorrow" (the shift-end short case, the Indian English case) ["log back in to
  // Libby and the title shows", "revisit your search terms" are steps, not a way back]
  wayBack: v30.plus(
    'wayBack',
    r`\b(?:log|sign) back in\b(?= (?:later|tomorrow|anytime|any time|whenever|when (?:we|the chat|chat) (?:re)?opens?|and (?:whoevers?|whoever is|someone|another|a colleague|the next|we|well|ill)\b))`,
    r`\brevisit (?:the |our |this )?(?:chat|chat service|service|ask us)\b`,
  ),
  inviteBack: v30.plus(
    'inviteBack',
    r`\b(?:log|sign) back in\b(?= (?:later|tomorrow|anytime|any time|whenever|when (?:we|the chat|chat) (?:re)?opens?|and (?:whoevers?|whoever is|someone|another|a colleague|the next|we|well|ill)\b))`,
    r`\brevisit (?:the |our |this )?(?:chat|chat service|service|ask us)\b`,
  ),
  // a long list turned down for now: "ok that's a lot of questions. i can't do all of those tonight. bye" (the long-list case)
  // ["I can't answer all of those tonight, but let's start with the ship records", "You can't renew all of them today"]
  dismissalConvenience: v30.plus(
    'dismissalConvenience',
    r`\b(?:i|we) (?:cant|cannot|can not|wont be able to|am not able to|are not able to)\b(?= (?:do|answer|get to|handle|cover|go through|take|tackle|look (?:up|into)) (?:all (?:of )?(?:those|these|them|that|your questions|the questions|that stuff)|the rest(?: of (?:them|those|these|your questions))?|any more(?: questions)?|anymore|more questions) (?:tonight|today|right now|now|in one (?:chat|session)|in this (?:chat|session))\b)(?![^.!?]{0,80}\b(?:but|so (?:let|lets|ill|i will|well))\b)`,
  ),
}));

// F6: research that needs more time: follow-ups, promises and contacts (test/twenty-ninth-round-research.test.ts)
/** (v30 F6) A word that says the next number is one to call, right before a toll-free prefix typed as four digits ("call 1800 …"). */
const CALL_CUE_F6 = r`(?:call|calling|ring|phone|dial|tel|ph|text|at|on|or|number|line|is):?`;
const phrasesV30F6 = block(phrasesV30F5, (v30) => ({
  // v9's and v11's toll-free numbers in letters, when "1" and the prefix are typed together as a year with a space and words
  // after it: "the 1877 atlas", "the 1855 census", "in 1866 the city", "the 1844 map book" are years in a genealogy or local
  // history question, not 1-877-ATLAS (the research session whose patron asks for the 1877 Atlas of Baltimore County, coded
  // for follow-up with no contact) ["call 1-800-MEDICARE", "1 800 flowers", "1800flowers", "ring 1800 RESPECT", "call 1800 356
  // 9377" stay]
  phone: replaced(
    13,
    retext(
      phrasesV30F5.phone[13]!,
      r`\b1[ .-]?8(?:00|88|77|66|55|44|33)[ .-]?`,
      r`\b1(?:[ .-]8(?:00|88|77|66|55|44|33)[ .-]?|8(?:00|88|77|66|55|44|33)(?:[.-]|(?<=\b${CALL_CUE_F6} 18\d\d) )?)`,
    ),
    v30.swap(
      'phone',
      4,
      retext(
        phrasesV30F5.phone[4]!,
        r`\b1[ -]?8(?:00|88|77|66|55|44|33)[ -][a-z0-9]{3}[ -][a-z0-9]{4}`,
        r`\b1(?:[ -]8(?:00|88|77|66|55|44|33)[ -][a-z0-9]{3}[ -][a-z0-9]{4}|8(?:00|88|77|66|55|44|33)[ -](?:\d{3}[ -]\d{4}|(?<=\b${CALL_CUE_F6} 18\d\d[ -])[a-z0-9]{3}[ -][a-z0-9]{4}))`,
      ),
    ),
  ),
}));

const phrasesV30: RubricPhrases = phrasesV30F6;

/**
 * Rubric v30: v29 with the phrase families and settings of a twenty-ninth round (blocks F1-F6), whole sessions of six
 * kinds of question written and labelled before the scorer ran.
 */
export const rubricV30: Rubric = {
  ...rubricV29,
  version: '30',
  phrases: phrasesV30,

  // F1's settings
  byMeansYouF1: true,

  // F2's settings
  localNumberF2: true,

  // F3's settings
  appStoreF3: true,
  onlineTutorsF3: true,

  // F4's settings
  sympathyFillerF4: true,
  lowerImF4: true,
  appStoreNameF4: true,

  // F5's settings
  closedNowF5: true,
  conductWarningF5: true,

  // F6's settings
  namedUseF6: true,
  thatAllF6: true,
};

/** The rubric in force. */
export const currentRubric: Rubric = rubricV30;
