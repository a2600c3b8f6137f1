/**
 * Thirty-ninth round, area (G17): ACCESSIBILITY AND DISABILITY SERVICES. Talking books and the state's Library for the Blind and
 * Print Disabled (NLS, the BARD app and BARD Mobile, digital talking-book players mailed free), large print and audiobooks,
 * screen readers and magnifiers (JAWS, NVDA, ZoomText, a CCTV) on library computers, relay services (711, "TTY: 410-…", a
 * videophone number), ASL interpreters and CART captioning for programs (requested ahead by e-mail), accessible entrances,
 * parking and toilets, service animals, sensory-friendly hours, homebound delivery by the library's Outreach team, the
 * county's ADA coordinator, disability benefits (Social Security, the state's Division of Rehabilitation Services, the MVA's
 * placards) as referrals, patrons who type with assistive tech (dictation slips, no punctuation, slow typing and long
 * pauses, TTY habits), caregivers asking for someone else; every check in the whole sessions.
 *
 * PARAPHRASE SWEEP. Shapes tried, in American, British, non-native, chat-speak, terse, warm and scripted English and in
 * Spanish, inside the area and beside it:
 *  referral WITH a contact: "call them at 410-230-2424 or apply at marylandlibraries.org/lbph", "call 410-555-0170 (TTY:
 *   410-555-0171) or e-mail ada@…", "contact the county ADA coordinator, TTY: 410-…", "by videophone (VP: 301-…)", "dial 711
 *   and ask for 410-230-2424", "e-mail our Accessibility Services office at access@… two weeks before the talk with the date
 *   and branch", "write to Maryland Relay customer service at relay@…", "ring the branch on 410-555-0123", "call DORS at … n
 *   ask 4 a counselor", "Llame a la biblioteca al 410-…", "Comuníquese con la Biblioteca para Ciegos al …", "Talk to the branch
 *   manager at 410-…", "Call Maryland Relay at 711 if you'd rather talk by phone", "Contact Social Security. For TTY users:
 *   1-800-…", "Contact the NLS Reference Section at nls@loc.gov", "Do ring the RNIB Helpline on 0303 …";
 *  referral WITHOUT one: "call the ADA coordinator through 711 relay", "Call the Library for the Blind", "Contact your state
 *   talking book library", "Ask at the Central circulation desk for the magnifier", "contact the Maryland Division of
 *   Rehabilitation Services too", "Llame a la biblioteca para ciegos", "talk with the Towson branch staff", "You can talk to the
 *   ADA coordinator", "Call the ADA coordinator at 711", "ur mom can call 711 n ask for the talking book library", "Call Maryland
 *   Relay at 711 to place the call to the branch" (see LEFT); no referral: "sign up for BARD at nlsbard.loc.gov", "Register for the talk with ASL interpreting at …",
 *   "The author talk with captions is listed at …";
 *  other parties' calls and mail (no promise of the provider's): "they will mail him a digital talking-book player", "The
 *   Maryland library for the blind will mail you the application form", "NLS will send you a BARD password", "BARD support
 *   will e-mail you a temporary password", "your state's talking book center should mail him a player", "the talking books
 *   service will ring you", "Social Security will mail you a letter", "a DORS counselor / a vocational rehab counselor will
 *   call you", "the ADA coordinator will get back to you", "the interpreter agency will e-mail you", "the MVA will mail you the
 *   placard", "Maryland Relay will send you a confirmation", "nls will email u ur login", "Players are mailed free" (passive),
 *   "the Library for the Blind's reader advisors / staff will call you / mail him …", "Social Security will call you for a phone
 *   interview", "la biblioteca para ciegos le enviará el reproductor", "el programa de libros parlantes le va a enviar …", "el Seguro
 *   Social le enviará una carta"; the provider's own: "Our Outreach team will call you within two business days", "The
 *   library's homebound services staff / ADA coordinator will call you", "Someone from our Accessibility Services office will
 *   e-mail you", "Our talking book library / homebound coordinator / ADA coordinator will …", "…, and I'll / we'll e-mail you …
 *   by Friday", "A volunteer from our Books on Wheels program will call you", "The library's reader advisors will call you",
 *   "nuestro equipo de servicios a domicilio la llamará", "Un voluntario de nuestra biblioteca la llamará", "…, y yo le escribiré mañana";
 *  holds and idle handling during slow typing: "Let me check which branches have ZoomText, one moment", "give me a sec to find
 *   the TTY number", "Still looking for …" (holds); "Take your time, I'm here", "Take your time, no rush" (no holds);
 *   check-ins "Are you still with me? No rush if you're typing", "Still typing? Take your time.", "Are you still typing?",
 *   "Still writing your message?", "hi, u still typing?", "¿Sigue ahí?", "¿Sigue escribiendo?"; not "Take your time, I'll
 *   wait", "Still typing the list for you, one sec", "I'm still typing the list", "Is your dictation still typing?", "¿Su
 *   dictado sigue escribiendo?", "Sigo escribiendo la lista"; disconnect notices "It seems we've been disconnected, so I'll
 *   close this chat", "I haven't heard from you in a while, so I'll close this chat", "Parece que se desconectó …"; not "I'll
 *   close this chat now" alone;
 *  sources: loc.gov/nls, nlsbard.loc.gov, nvaccess.org, "search our catalog for large print", catalogue and policy pages; none:
 *   "Get the BARD Mobile app", "We have JAWS and ZoomText at every branch";
 *  completeness "Will that work for your dad?", "Did that answer your question about the BARD app?"; not "Would large print
 *   or audio suit him better?"; the patron done: dictated "thats all i need period"; not the TTY "OK THANK YOU GA TO SK";
 *  dismissals: "You're taking too long to type and I have to end this chat now", "I can't wait for you to finish typing, I
 *   have other work. Goodbye.", "We can't wait any longer, so I'm closing this chat", "I cannot wait any longer for your
 *   reply; this chat is now closed", "This is taking too long, so I'm ending the chat", "Sorry, this is taking too long and I have
 *   to close this chat"; allowed: others waiting with "please come back later", "I can't wait any longer, but
 *   please start a new chat anytime and we'll pick it up"; none: "I can't wait for you to see the new sensory room!", "We
 *   can't wait any longer for the vendor …", "No rush, I can wait for you to finish typing", "This is taking too long, so I'll
 *   e-mail you the list by Friday", "This is taking too long, so I'm going to try another database".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before the scorer ran. Readings taken where it leaves room:
 * - 711 reaches the relay service, not the party: "call the ADA coordinator through 711 / at 711" gives no way to reach the
 *   coordinator (fails; as the twenty-fourth round's "dial 711 alone reaches a relay service, not the party"); "dial 711 and ask
 *   for 410-230-2424" gives the party's number (passes); 711 is the relay's own number: "Call Maryland Relay at 711" is a
 *   referral to the relay with its phone (passes); a number written "TTY: 410-…" or "VP:
 *   301-…" is a phone contact of the party it follows;
 * - the state's library for the blind, NLS / BARD, Social Security, DORS and vocational rehabilitation, the ADA coordinator, the
 *   relay service, interpreter agencies and the MVA are parties outside the patron's library: their calling, mailing or sending
 *   the patron something (a player, a form, a password, a letter, a placard) is no promise of the provider's (as G15's fraud
 *   parties); the library's own Outreach / homebound / accessibility staff who will contact the patron are "someone from your
 *   library will contact you" (a promise); "our talking book library" is the provider's own;
 * - "e-mail our Accessibility Services office at access@…" tells the patron to write to one of the provider's own library's
 *   departments: a referral, with its e-mail; "Ask at the Central circulation desk" with no contact fails;
 * - "Still typing?" / "¿Sigue escribiendo?" asked of a quiet patron asks whether they are still there (a check-in);
 *   "I haven't heard from you in a while" says the patron seems gone (with "I'll close this chat", a disconnect notice);
 * - a TTY patron's "GA" / "SK" are not words of being done; a dictated "thats all i need period" is;
 * - "I can't wait (any longer / for you to finish typing)" ends the help for the provider's convenience; with "start a new chat
 *   anytime" it offers a way back (the literal rule fails only "without offering a way back");
 * - an app named alone ("Get the BARD Mobile app") is no source; the catalogue named is.
 *
 * Written: 133 cases, all labelled before running: a first batch of 18 whole sessions and 49 short cases; 22 near misses and
 * fix cases (`guards`: 12 with the first fixes, 2 after the second run, 8 with the third batch's fixes); a second batch of 25
 * short cases probing the fixes' own words; a third batch of 19 short cases (relay and TTY numbers, outside agencies' staff,
 * the library's own volunteers, "taking too long"), 2 of them moved to LEFT, 1 to `guards` as its fix's case.
 * Run: 131 (18 whole); LEFT: 2.
 * First run (67 cases): 7 disagreed. By check:
 *  - followup.contact / resolution.code / followup.on_time 4: "The Maryland library for the blind will mail you the application
 *    form", "la biblioteca para ciegos le enviará el reproductor por correo", "NLS will send you a BARD password by e-mail",
 *    "the ADA coordinator will get back to you within 5 days" read as the provider's promises;
 *  - referral.contact 1: "e-mail our Accessibility Services office at access@… at least two weeks before the talk with the
 *    date and branch" read as a second referral ("talk with … branch") without a contact;
 *  - session.idle_checkin 1: "Still typing? Take your time." read as no check-in;
 *  - closing.no_dismissal 1: "I can't wait for you to finish typing, I have other work. Goodbye." read as no dismissal.
 * Second run (guards and the second batch, 37): 2 disagreed: "hi, u still typing?" (no "are") and "¿Sigue escribiendo? Sin
 * prisa." (Spanish), both session.idle_checkin, fixed in the same family; then 2 Spanish near misses, which passed.
 * Third run (the third batch, 18 as first written): 4 disagreed: referral.contact 2: "Call Maryland Relay at 711 to place the
 * call to the branch" (my label was wrong: corrected to fail, the branch is called too, with no number; split off a case "Call
 * Maryland Relay at 711 if you'd rather talk by phone" (pass), which disagreed (no party, no phone read): fixed); "ur mom can
 * call 711 n ask for the talking book library" (LEFT); followup.contact / resolution.code 1: "the Library for the Blind's
 * reader advisors will call you" (fixed); closing.no_dismissal 1: "This is taking too long, so I'm ending the chat." (fixed).
 * Fourth run (the third batch's fixes and their near misses): 1 disagreed: the corrected "… to place the call to the branch"
 * (the relay fix lends 711 to the branch: LEFT).
 * My labels corrected: 1 (the relay call to the branch).
 *
 * Fixed in block G17 (v40 only, phrase families; near misses in `guards`, each checked to fail with its part of the fix
 * taken out or made wider, then restored):
 *  - notPromise (plus, English): an accessibility party (`ACCESS_PARTY_G17`: the library for the blind, talking-book libraries
 *    and services, NLS, BARD, Social Security, DORS, vocational rehabilitation, the ADA / accessibility / disability
 *    coordinator, the relay service, interpreter agencies, the MVA) who will call / ring / contact / write to / mail / send /
 *    get back to the patron, or send them a player, form, password, letter, placard … (`ACCESS_SENT_G17`), with G15's
 *    narrowings: not one to three words after "library's / branch's" [near miss: "The library's ADA coordinator will call you
 *    Tuesday"], not after "our / my" [near misses: "Our talking book library will mail you a player this week", "Our ADA
 *    coordinator will e-mail you by Friday"], not with the provider's own "I'll / we'll" in the sentence [near misses: "NLS will
 *    send you a BARD password, and I'll e-mail you …", "The library for the blind will call you, and we'll send you …"]; and the
 *    party's own staff after its possessive ("the Library for the Blind's reader advisors / staff", `ACCESS_STAFF_G17`) [near
 *    miss: "The library's reader advisors will call you Friday" (fails with any owner before the staff and the library's
 *    test taken out)];
 *    (plus, Spanish) "la biblioteca para ciegos / de libros parlantes, el programa de libros parlantes, la NLS, el Seguro
 *    Social, DORS, el coordinador de ADA … le enviará / le llamará / le va a enviar" [near miss: "…, y yo le escribiré
 *    mañana"];
 *  - stillThere (plus): "Still typing?", "Are you / u still typing / writing (your message)?" at the sentence's start
 *    [near miss: "Is your dictation still typing?"] (`STILL_TYPING_G17`); Spanish "¿Sigue / continúa (usted) escribiendo?"
 *    [near misses: "Hola, ¿su dictado sigue escribiendo?", "Sigo escribiendo la lista, un momento."] (`STILL_TYPING_ES_G17`);
 *    the near miss "Still typing the list for you, one sec." (no question) stays no check-in also with the fix's question
 *    mark taken out: the check-in reading asks for a question already;
 *  - dismissalConvenience (plus): "I / we can't / cannot / won't wait any longer (for you / your reply)" at a clause's end or
 *    before "so / and", and "… wait for you to finish / type / reply / respond / write / answer" (`CANT_WAIT_G17`) [near
 *    misses: "I can't wait for you to see the new sensory room!" (fails with any verb), "We can't wait any longer for the
 *    vendor to fix the ramp, so …" (fails without the clause's end), "No rush, I can wait for you to finish typing" (fails
 *    with "can")]; and the chat "taking too long" as the reason the provider ends it: "This / it / the chat is taking too long,
 *    so / and I'm ending / I have to close the chat" (`TAKING_LONG_END_G17`) [near misses: "This is taking too long, so I'm
 *    going to try another database" (fails with any words after "so"), "The catalog search is taking too long, so I'm closing
 *    the chat window …" (fails with any subject); "This is taking too long, so I'll e-mail you the list by Friday" stays no
 *    dismissal also with any words after "so": the promise is a way forward];
 *  - referralVerb (swap of the generic contact verbs' alternative): "talk with / to" is no contact verb where "talk" is a
 *    program's noun after a determiner or a program word ("before the talk with the date and branch", "the author talk with
 *    captions") (`TALK_NOUN_G17`) [near misses: "Before the talk, talk with the Towson branch staff …", "You can talk to the
 *    ADA coordinator about it", "Talk to the branch manager at 410-…", "Please talk with the Towson branch before the talk":
 *    each fails with every "talk with / to" taken out];
 *  - referralParty (plus): the relay service as a party ("Maryland / state / video relay", "the relay service / operator",
 *    `RELAY_PARTY_G17`, `RELAY_SERVICE_G17`); phone (plus): 711 after "at / on" right after the relay ("Call Maryland Relay at
 *    711", `RELAY_711_G17`) [near miss: "Call the ADA coordinator at 711" (fails with the relay's test taken out)]; the near
 *    misses "Call the front desk at 410-…; staff there relay messages …" and "Contact the branch at 410-…, and a staff member
 *    can relay a message …" pass also with a bare "relay" as a party (the referral needs its verb); the narrowing stays because
 *    `referralParty` has other readers.
 *
 * Not changed: the older N11 readings of "call / dial 711" (a phone, v24); the older readings of holds, "Take your time" and disconnect notices
 * scored every case here as labelled.
 * LEFT (2): "Call Maryland Relay at 711 to place the call to the branch" (the sentence's 711 lent to the branch, the older
 * attribution of a sentence's contact to each party in it, since this block's relay fix); "ur mom can call 711 n ask for the
 * talking book library" ("call 711" a phone by v24's N11 reading, lent to the library; the sixteenth round read a 711 relay
 * call with the party's number as a way to reach it: whether a bare 711 reaches a named party is for the lead).
 *
 * Final run: this file, rubric.test.ts, devset.test.ts, every thirty-sixth-, thirty-seventh- and thirty-eighth-round file, and
 * the files found by grep for the fixes' words (the accessibility parties with "will / should / may …", "para ciegos / libros
 * parlantes / Seguro Social / DORS / coordinador", "(the / a / author …) talk with / to", "still typing / writing / sigue
 * escribiendo", "can't / cannot / won't wait", "taking too long / forever / so long", "relay", "711", "reader advisors / 's
 * staff will"): sixteenth-round-access, -benefits, -falsepass, -workforce, twenty-fourth-round-dictation, -identifiers, -dense,
 * thirty-fifth-round-grants, twelfth-round-sms, twenty-first-round-voices … (76 files, `--project scoring`), 7952 tests, all
 * passed; and phrases.test.ts (`--project phrases`, 312 tests), passed.
 * v40's fingerprint after block G17: 1fe309a994c88a91.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { at, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, ROSA, type SessionCase, some, usual, xferToRosa } from './helpers';

const HOUR = 3600;

/** A daughter asks for talking books for her father, up to her answer to the clarifying question. */
const NLS: Line[] = [
  [0, 'p', 'my dad is losing his sight, can he get audio books from the library?'],
  [20, 'l', "Hi, I'm Jo at Ask a Librarian. I'm sorry to hear that. Does he live in Maryland?"],
  [50, 'p', 'yes in Towson'],
];
/** A deaf patron asks for an interpreter at a program, up to the answer. */
const DEAF: Line[] = [
  [0, 'p', 'im deaf, can i get an asl interpreter for the author talk on the 12th'],
  [20, 'l', 'Hello, Jo at Ask Us here. Which branch is the talk at?'],
  [50, 'p', 'towson branch'],
];
/** A patron asks about screen readers on the library's computers, up to the answer. */
const PC: Line[] = [
  [0, 'p', 'do the library computers have screen readers? i use NVDA at home'],
  [20, 'l', 'Hello, this is Jo, a librarian at Sample County Library. Which branch is closest to you?'],
  [50, 'p', 'central'],
];
/** A Spanish question (audiobooks for a mother who cannot see well), up to the answer. */
const ES: Line[] = [
  [0, 'p', 'hola, mi mamá ya no ve bien, hay libros en audio para ella?'],
  [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿Vive ella en Maryland?'],
  [50, 'p', 'si en Silver Spring'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** `ES`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const thenEs = (text: string): Line[] => [...ES, [70, 'l', text], [100, 'p', 'gracias'], [106, 'l', '¡Que le vaya bien, adiós!']];
/** `base`, the provider's answer with a source at 70 s, then `rest` (provider lines only, after the patron went quiet). */
const quiet = (base: Line[], rest: Line[]): Line[] => [...base, [70, 'l', 'Large print titles are in the catalog at catalog.samplelibrary.org under Large Print. Does that help?'], ...rest];

export const whole: SessionCase[] = [
  {
    name: 'a daughter for her father: the Maryland Library for the Blind and Print Disabled by phone and site, "they mail the player free"',
    lines: [
      ...NLS,
      [90, 'l', "He can sign up for free talking books with the Maryland State Library for the Blind and Print Disabled: call them at 410-230-2424 or apply at marylandlibraries.org/lbph. Once he's registered, they will mail him a digital talking-book player at no charge, and he can also download books with the BARD app. Does that answer your question?"],
      [140, 'p', "yes that's everything, thank you so much"],
      [146, 'l', "You're welcome, and thanks for contacting Ask a Librarian!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'screen readers on the library computers: JAWS, NVDA and ZoomText at Central, the accessibility page, "Is that what you were looking for?"',
    lines: [
      ...PC,
      [80, 'l', 'Every public computer at Central has NVDA and ZoomText, and the two assistive-technology stations on the 2nd floor also have JAWS and a large-key keyboard. The list is at samplelibrary.org/accessibility. Is that what you were looking for?'],
      [120, 'p', 'perfect, thats all i needed'],
      [125, 'l', 'Great, thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    // reading: "request an interpreter by e-mail to access@…" tells the patron to write to the library's accessibility office
    // (its own department, told to contact it): a referral, with its e-mail
    name: 'a deaf patron asks for an ASL interpreter: "e-mail our Accessibility Services office at access@samplelibrary.org two weeks ahead"',
    lines: [
      ...DEAF,
      [85, 'l', 'Yes! Interpreters and CART captioning are free for library programs. Please e-mail our Accessibility Services office at access@samplelibrary.org at least two weeks before the talk with the date and branch. Did that help?'],
      [120, 'p', 'yes thank you. no more questions'],
      [126, 'l', 'Enjoy the talk, and thanks for contacting us!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'the county\'s ADA coordinator with a voice and a TTY number ("TTY: 410-555-0171") and Maryland Relay at 711',
    lines: [
      [0, 'p', 'The ramp at the courthouse annex has been broken for a month. Who do I complain to about that?'],
      [25, 'l', "Hello! I'm Dana, a reference librarian with Ask Us Now. Is the annex a county building or a state one?"],
      [70, 'p', 'county i think, the one on Bosley Ave'],
      [110, 'l', "Then it's the county's ADA Coordinator in the Office of Human Resources: call 410-555-0170 (TTY: 410-555-0171) or e-mail ada@samplecountymd.gov. The county's grievance form is at samplecountymd.gov/ada. Is that what you needed?"],
      [160, 'p', 'yes thank you, that is all'],
      [166, 'l', 'Glad to help. Have a good day!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the patron's fragments while the provider answers are waiting on the provider from the first; "Take your
    // time, I'm here" ends the span (it is no hold) and starts waiting on the patron
    name: 'a patron who dictates (slips, no punctuation, long gaps): "Take your time", the large print catalogue, "that\'s all I need period"',
    lines: [
      [0, 'p', 'hi i am using dictation sorry for mistakes'],
      [20, 'l', "Hi, I'm Sam at Ask a Librarian. No problem at all. What can I help you find?"],
      [90, 'p', 'i need large print books my eyes are'],
      [110, 'l', "Take your time, I'm here."],
      [200, 'p', 'macular degeneration and i like mystery books large print mysteries'],
      [215, 'l', 'Do you want them to pick up at a branch, or mailed to your home?'],
      [300, 'p', 'pick up at the cockeysville branch'],
      [330, 'l', 'Our catalog at catalog.samplelibrary.org has a Large Print filter: search "mystery", choose Format > Large Print, and place holds for pickup at Cockeysville. Does that answer your question?'],
      [440, 'p', 'yes thank you thats all i need period'],
      [450, 'l', 'You are welcome, happy reading! Goodbye.'],
    ],
    exp: usual(),
  },
  {
    // reading: the library's own outreach team who will call is "someone from your library will contact you": a follow-up
    // promise; the phone read back and "within two business days" pass followup.contact
    name: 'homebound delivery: "our Outreach team will call you within two business days", the phone read back, code Follow-up by patron\'s library, done in 30 h',
    lines: [
      [0, 'p', 'I had hip surgery and cant get to the library for a few months. Is there any way to get books delivered?'],
      [25, 'l', 'Hello, this is Jo, a librarian at Sample County Library. Do you live in Sample County, and what kinds of books do you like?'],
      [70, 'p', 'yes in Parkville. westerns and history'],
      [110, 'l', "We have a free Homebound Delivery service for patrons who can't get to a branch, described at samplelibrary.org/homebound. Our Outreach team will call you within two business days to sign you up and ask about your favourite authors. What phone number should they use?"],
      [150, 'p', '410-555-0188'],
      [156, 'l', 'Thanks, 410-555-0188, within two business days. Does that help?'],
      [180, 'p', "yes, that's all I need"],
      [186, 'l', 'Feel better soon, and thanks for contacting us!'],
    ],
    over: { ...FU_LIB, patron: { name: null, email: null, phone: '410-555-0188' }, followUps: [{ doneAt: at(30 * HOUR), by: 'outreach', note: 'called, signed up' }] },
    ctx: { now: Date.parse('2026-03-10T10:00:00-05:00') },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'Spanish, talking books: "llame a la Biblioteca para Ciegos de Maryland al 410-230-2424", "¿Responde esto a su pregunta?"',
    lines: [
      ...ES,
      [90, 'l', 'Sí. La Biblioteca de Maryland para Ciegos y Personas con Discapacidad de Lectura presta audiolibros gratis, también en español. Llame a la biblioteca al 410-230-2424 o visite marylandlibraries.org/lbph para inscribirla. ¿Responde esto a su pregunta?'],
      [140, 'p', 'si, es todo, muchas gracias'],
      [146, 'l', '¡Gracias por escribirnos! Que le vaya bien.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a service dog: the policy page, "Is it a service animal or an emotional support animal?"',
    lines: [
      [0, 'p', 'can I bring my dog into the library? he helps me with my seizures'],
      [20, 'l', 'Hi, Jo at Ask Us here. Is he a trained service animal, or an emotional support animal?'],
      [60, 'p', 'trained service dog, seizure alert'],
      [80, 'l', "Then he's welcome at every branch; staff may only ask whether he's a service animal and what task he's trained to do. The policy is at samplelibrary.org/policies/animals. Does that answer your question?"],
      [120, 'p', 'yes great thanks, thats all'],
      [125, 'l', 'Thanks for chatting, see you at the library!'],
    ],
    exp: usual(),
  },
  {
    name: 'chat-speak, sensory-friendly hours for an autistic kid: the events page, then the patron goes quiet: a check-in and a disconnect notice',
    lines: [
      [0, 'p', 'hey do u guys have like quiet hours?? my son is autistic n the noise is a lot 4 him'],
      [20, 'l', 'Hi! Jo here at Ask a Librarian. How old is he, and which branch do you go to?'],
      [50, 'p', '7, towson'],
      [80, 'l', 'Towson has Sensory-Friendly Saturdays, 9-10 am before opening: lights dimmed, no announcements, noise-cancelling headphones to borrow. Dates are at samplelibrary.org/events (filter by Sensory-Friendly). Does that help?'],
      [230, 'l', 'Are you still there?'],
      [380, 'l', "It looks like you've disconnected, so I'll end this chat now. Thanks for contacting us, and come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'disability benefits: Social Security by phone and TTY, and DORS named with no way to reach it (referral fails)',
    lines: [
      [0, 'p', 'how do I apply for disability? I cant work anymore because of my MS'],
      [25, 'l', "Hello, thank you for contacting AskUsNow!. My name is Denise and I'm a librarian. Do you mean Social Security disability, or help getting back to work?"],
      [70, 'p', 'social security'],
      [110, 'l', "You can apply online at ssa.gov/disability or call Social Security at 1-800-772-1213 (TTY 1-800-325-0778). If you later want job training or equipment, contact the Maryland Division of Rehabilitation Services too. Does this help?"],
      [160, 'p', 'Yes. That is everything.'],
      [166, 'l', 'Thank you for using AskUsNow!, take care.'],
    ],
    // referral: Social Security with its numbers; DORS told to contact with no way to reach it: every party needs one: fails
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'accessible entrance and parking, British: "ring the branch on 410-555-0123 if the door button is broken"',
    lines: [
      [0, 'p', "Hello, could you tell me whether the Arbutus branch has step-free access? I'm a wheelchair user and I'd like to visit on Saturday."],
      [30, 'l', 'Good morning, this is Priya at Ask a Librarian, Sample County Library. Would you be coming by car, or by bus?'],
      [80, 'p', 'By car, in my own adapted van.'],
      [120, 'l', 'The step-free entrance is at the side, on Elm Street, next to two van-accessible bays; the accessible toilet is on the ground floor. Details are on the branch page at samplelibrary.org/arbutus. If the automatic door button is out of order, ring the branch on 410-555-0123 and staff will open it. Does that answer your question?'],
      [170, 'p', "It does, that's everything, thanks ever so much."],
      [176, 'l', 'Lovely, enjoy your visit!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // dismissal: ends the help for the provider's convenience ("taking too long") with no way back
    name: 'a dismissal of a slow typer: "you\'re taking too long to type, I have to end this chat"',
    lines: [
      [0, 'p', 'hello i type slow sorry i need books on tape for'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Who are they for?"],
      [110, 'p', 'my husband he had a stroke'],
      [130, 'l', 'Our audiobooks on CD are in the catalog at catalog.samplelibrary.org. Does that help?'],
      [240, 'p', 'can they be mailed because he cant'],
      [250, 'l', "You're taking too long to type and I have to end this chat now."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    // keep_informed: the hold at 60 s starts a span that lasts until 250 s (190 s > 120 s)
    name: 'a hold during a magnifier question, then a long silence: "Let me check which branches have ZoomText, one moment"',
    lines: [
      ...PC,
      [60, 'l', 'Let me check which branches have ZoomText, one moment.'],
      [250, 'l', 'Central, Towson and Catonsville have ZoomText and a CCTV magnifier; the list is at samplelibrary.org/accessibility. Did that help?'],
      [280, 'p', "yes that's all, thanks"],
      [286, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'transferred to the accessibility services librarian, who gives the NLS eligibility page',
    lines: [
      ...NLS,
      [56, 'l', "Our accessibility services librarian knows the talking book program best, so I'm transferring you to her now. One moment please."],
      [59, 'i', 'pt asking talking books for father, low vision, MD resident'],
      xferToRosa(62),
      [100, 'l', 'Hi, Rosa, the accessibility services librarian at Sample County Library, here.', ROSA],
      [130, 'l', "Your father qualifies if his vision keeps him from reading standard print. The eligibility rules and the application are at loc.gov/nls/about/eligibility-for-nls-services. Does that answer your question?", ROSA],
      [170, 'p', "yes that's exactly it, that's all I needed"],
      [176, 'l', 'Wonderful, thanks for chatting!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'captioning for a program: "I\'ll ask our programs team and e-mail you by Thursday", the e-mail read back, not yet recorded',
    lines: [
      [0, 'p', "I'm hard of hearing. Will the Thursday author talk have captions?"],
      [20, 'l', 'Hi, Jo at Ask a Librarian. Is that the talk at Towson on the 12th?'],
      [50, 'p', 'yes'],
      [80, 'l', "I'm not sure yet whether captions are booked. I'll ask our programs team and e-mail you by Thursday morning. What e-mail should I use?"],
      [110, 'p', 'k.hale@example.com'],
      [120, 'l', 'Got it, k.hale@example.com, by Thursday morning. Anything else I can help with?'],
      [140, 'p', 'no thats all'],
      [146, 'l', 'Thanks for chatting, bye!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'k.hale@example.com', phone: null } },
    // source: none (the answer is promised); completeness: fails (info.source fails, not na, and nothing was asked)
    exp: usual({ source: 'fail', complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'non-native English, a caregiver for her brother: the NLS page and the state library for the blind "will mail you the form"',
    lines: [
      [0, 'p', 'Hello. My brother is blind since birth. I am his caregiver. He want to read books but he cannot read braille well. What he can do?'],
      [25, 'l', 'Hello! This is Jo, a librarian at Sample County Library. Does he live in Maryland, and does he use a smartphone?'],
      [70, 'p', 'Yes Maryland. He has iPhone.'],
      [110, 'l', "He can get free audiobooks from the National Library Service for the Blind: the steps are at loc.gov/nls. The Maryland library for the blind will mail you the application form, and then he can use the BARD Mobile app on his iPhone. Does this completely answer your question?"],
      [160, 'p', 'Yes. This is all I need. Thank you very much.'],
      [166, 'l', "You're welcome! Thank you for using Ask a Librarian."],
    ],
    // "will mail you the application form": an outside agency's mailing, no promise of the provider's (no follow-up)
    exp: usual(),
  },
  {
    name: 'terse scripted provider, four chats at once and a slow pickup: large print magazines in Libby',
    lines: [
      [0, 'p', 'large print magazines?'],
      [95, 'l', 'Hello, thank you for contacting Ask Us. My name is Lee. Print, or e-magazines you can enlarge on a tablet?'],
      [120, 'p', 'tablet is ok'],
      [160, 'l', 'Libby at libbyapp.com has e-magazines you can zoom to any size. Does this completely answer your question?'],
      [190, 'p', 'yes thats all'],
      [195, 'l', 'Thank you for contacting Ask Us. Goodbye.'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', 10, 300), other('b', 'jo', 20, 300), other('c', 'jo', 30, 300)] },
    exp: usual({ pickup: 'fail', concurrency: 'fail' }),
  },
  {
    name: 'Spanish, a caregiver: "la biblioteca para ciegos le enviará el reproductor por correo" (no promise of the provider\'s)',
    lines: [
      ...ES,
      [90, 'l', 'Puede inscribirla en marylandlibraries.org/lbph. Después, la biblioteca para ciegos le enviará el reproductor por correo, gratis. ¿Le sirve esta información?'],
      [140, 'p', 'si, es todo, gracias'],
      [146, 'l', '¡Gracias por escribirnos! Que le vaya bien.'],
    ],
    exp: usual(),
  },
];

export const short: SessionCase[] = [
  // ---- referral: relay, TTY and videophone numbers ----------------------------------------------------------------------
  { name: '"call the Library for the Blind at 410-230-2424" : referral passes', lines: then(NLS, 'Call the Library for the Blind and Print Disabled at 410-230-2424 to sign him up. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"contact the ADA coordinator, TTY: 410-555-0171" : referral passes', lines: then(DEAF, 'For a complaint, contact the county ADA coordinator, TTY: 410-555-0171. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"the ADA coordinator (VP: 301-555-0144)" videophone : referral passes', lines: then(DEAF, 'You can reach the ADA coordinator by videophone (VP: 301-555-0144). Does that help?'), exp: some({ referral: 'pass' }) },
  // reading: 711 reaches the relay service, not the coordinator: the coordinator's own number is not given
  { name: '"call the ADA coordinator through 711" (the party\'s number not given): referral fails', lines: then(DEAF, 'Call the county ADA coordinator through 711 relay. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"dial 711 and ask for 410-230-2424" : referral passes', lines: then(DEAF, 'Call the Library for the Blind: dial 711 and ask for 410-230-2424. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"Call the Library for the Blind" with no number: referral fails', lines: then(NLS, 'Call the Library for the Blind and Print Disabled to sign him up.'), exp: some({ referral: 'fail' }) },
  { name: '"Contact your state\'s talking book library" with no contact: referral fails', lines: then(NLS, 'Contact your state talking book library; they will help him apply.'), exp: some({ referral: 'fail' }) },
  { name: '"Ask at the Central circulation desk for the magnifier" (own department, no contact): referral fails', lines: then(PC, 'Ask at the Central circulation desk for the handheld magnifier; they lend it for use in the building.'), exp: some({ referral: 'fail' }) },
  { name: '"e-mail access@samplelibrary.org two weeks ahead" : referral passes', lines: then(DEAF, 'Request the interpreter by e-mailing access@samplelibrary.org two weeks ahead. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"Sign up at nlsbard.loc.gov" (a site to use): no referral', lines: then(NLS, 'He can sign up for BARD at nlsbard.loc.gov. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"Write to the Maryland Relay customer service at relay@mdtap.org" : referral passes', lines: then(DEAF, 'For relay problems write to Maryland Relay customer service at relay@mdtap.org. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Spanish, "Llame a la biblioteca para ciegos" with no number: referral fails', lines: thenEs('Llame a la biblioteca para ciegos para inscribirla.'), exp: some({ referral: 'fail' }) },
  { name: 'Spanish, "comuníquese con la Biblioteca para Ciegos al 410-230-2424" : referral passes', lines: thenEs('Comuníquese con la Biblioteca para Ciegos al 410-230-2424. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'chat-speak, "call DORS at 410-554-9442 n ask 4 a counselor" : referral passes', lines: then(PC, 'call DORS at 410-554-9442 n ask 4 a counselor abt a screen reader 4 home. that help?'), exp: some({ referral: 'pass' }) },

  // ---- follow-up: outside agencies vs the library's outreach team ------------------------------------------------------
  { name: '"The talking book library will mail him a player" : no follow-up', lines: then(NLS, 'Apply at marylandlibraries.org/lbph; the talking book library will mail him a player for free. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"NLS will send you a BARD password by e-mail" : no follow-up', lines: then(NLS, 'Sign up at nlsbard.loc.gov; NLS will send you a BARD password by e-mail. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"Social Security will mail you a letter" : no follow-up', lines: then(PC, 'Apply at ssa.gov/disability; Social Security will mail you a letter with their decision. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"a DORS counselor will contact you within 10 days" : no follow-up', lines: then(PC, 'Apply at dors.maryland.gov; a DORS counselor will contact you within 10 days. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"the interpreter agency will e-mail you to confirm" : no follow-up', lines: then(DEAF, 'Book at access@samplelibrary.org; the interpreter agency will e-mail you to confirm. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"The ADA coordinator will get back to you within 5 days" : no follow-up', lines: then(DEAF, 'File the grievance at samplecountymd.gov/ada; the ADA coordinator will get back to you within 5 days. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"Players are mailed free of charge" (passive): no follow-up', lines: then(NLS, 'Apply at marylandlibraries.org/lbph; players are mailed free of charge. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"Our outreach team will call you this week" : a follow-up (contact and code fail)', lines: then(NLS, 'Our outreach team will call you this week to set up homebound delivery. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: '"The library\'s homebound services staff will call you Tuesday" : a follow-up', lines: then(NLS, "The library's homebound services staff will call you Tuesday to set up deliveries. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: '"Someone from our Accessibility Services office will e-mail you" : a follow-up', lines: then(DEAF, 'Someone from our Accessibility Services office will e-mail you to confirm the interpreter. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'Spanish, "el Seguro Social le enviará una carta" : no follow-up', lines: thenEs('Solicite en ssa.gov/espanol; el Seguro Social le enviará una carta. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'Spanish, "nuestro equipo de servicios a domicilio la llamará el martes" : a follow-up', lines: thenEs('Nuestro equipo de servicios a domicilio la llamará el martes para empezar las entregas. ¿Le sirve?'), exp: some({ contact: 'fail', code: 'fail' }) },

  // ---- holds, check-ins and disconnect notices during slow typing ------------------------------------------------------
  // keep_informed via noTransfer-like sessions: the provider's message at 52 s, then 200 s until the next
  { name: '"give me a sec to find the TTY number" is a hold: the 200 s after it fail keep_informed', lines: [...PC, [52, 'l', 'give me a sec to find the TTY number'], [252, 'l', 'TTY: 410-555-0171 for the branch. Did that help?'], [270, 'p', 'yes thanks'], [276, 'l', 'Bye!']], exp: some({ informed: 'fail' }) },
  { name: '"Take your time, no rush" is no hold: keep_informed passes', lines: [...PC, [52, 'l', 'Take your time, no rush, I know typing takes a while.'], [252, 'l', 'The list is at samplelibrary.org/accessibility. Did that help?'], [270, 'p', 'yes thanks'], [276, 'l', 'Bye!']], exp: some({ informed: 'pass' }) },
  { name: '"Still looking for the ADA coordinator\'s e-mail…" is a hold', lines: [...PC, [52, 'l', "Still looking for the ADA coordinator's e-mail…"], [252, 'l', 'It is ada@samplecountymd.gov. Did that help?'], [270, 'p', 'yes thanks'], [276, 'l', 'Bye!']], exp: some({ informed: 'fail' }) },
  { name: '"Are you still with me? No rush if you\'re typing." is a check-in', lines: quiet(PC, [[230, 'l', "Are you still with me? No rush if you're typing."], [380, 'l', "It seems we've been disconnected, so I'll close this chat. Come back anytime!"]]), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: '"Still typing? Take your time." asks whether the patron is still there: a check-in', lines: quiet(PC, [[230, 'l', 'Still typing? Take your time.'], [380, 'l', "It looks like you've left the chat, so I'm closing it now. Come back anytime!"]]), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: '"Take your time, I\'ll wait." is no check-in', lines: quiet(PC, [[230, 'l', "Take your time, I'll wait."], [380, 'l', "It looks like you've disconnected, so I'll end this session now. Come back anytime!"]]), exp: some({ idle: 'fail', disconnect: 'pass' }) },
  // reading: "I haven't heard from you in a while" says the patron seems gone; with "I'll close this chat" both parts
  { name: '"I haven\'t heard from you in a while, so I\'ll close this chat" is a disconnect notice', lines: quiet(PC, [[230, 'l', 'Are you still there?'], [380, 'l', "I haven't heard from you in a while, so I'll close this chat. If you were still typing, please start a new one anytime!"]]), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: '"I\'ll close this chat now" with no word of a disconnect: disconnect fails', lines: quiet(PC, [[230, 'l', 'Are you still there?'], [380, 'l', "I'll close this chat now. Come back anytime!"]]), exp: some({ idle: 'pass', disconnect: 'fail' }) },
  { name: 'Spanish, "¿Sigue ahí? Tómese su tiempo." is a check-in', lines: [...ES, [70, 'l', 'Hay audiolibros en español en libbyapp.com. ¿Le sirve?'], [230, 'l', '¿Sigue ahí? Tómese su tiempo.'], [380, 'l', 'Parece que se desconectó, así que voy a cerrar el chat. ¡Vuelva cuando quiera!']], exp: some({ idle: 'pass', disconnect: 'pass' }) },

  // ---- sources ---------------------------------------------------------------------------------------------------------
  { name: '"Get the BARD Mobile app" (an app with no way to reach it): no source', lines: then(NLS, 'He can get the BARD Mobile app once he is signed up. Does that help?'), exp: some({ source: 'fail' }) },
  { name: '"the NLS page at loc.gov/nls" : source passes', lines: then(NLS, 'The NLS page at loc.gov/nls explains who qualifies. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '"search the catalog for large print" (the catalogue named): source passes', lines: then(NLS, 'Search our catalog for large print and choose the Large Print format. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '"NVDA is free at nvaccess.org" : source passes', lines: then(PC, 'NVDA is free to download at nvaccess.org, and Central has it too. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '"We have JAWS and ZoomText at every branch" (no source): source fails', lines: then(PC, 'We have JAWS and ZoomText at every branch. Does that help?'), exp: some({ source: 'fail' }) },

  // ---- completeness and anything else ----------------------------------------------------------------------------------
  { name: '"Will that work for your dad?" about what was given: completeness passes', lines: then(NLS, 'The application is at marylandlibraries.org/lbph. Will that work for your dad?'), exp: some({ complete: 'pass' }) },
  { name: '"Would large print or audio suit him better?" (not about what was given): completeness fails', lines: then(NLS, 'The application is at marylandlibraries.org/lbph. Would large print or audio suit him better?'), exp: some({ complete: 'fail' }) },
  { name: '"Did that answer your question about the BARD app?" : completeness passes', lines: then(NLS, 'BARD is explained at nlsbard.loc.gov. Did that answer your question about the BARD app?'), exp: some({ complete: 'pass' }) },
  { name: 'dictated "thats all i need period" : the patron says she is done', lines: [...NLS, [70, 'l', 'The application is at marylandlibraries.org/lbph. Does that help?'], [100, 'p', 'yes thank you thats all i need period'], [106, 'l', 'Take care, bye!']], exp: some({ anything: 'pass' }) },
  { name: 'TTY-style "THANK YOU GA TO SK" is thanks alone: anything else fails', lines: [...DEAF, [70, 'l', 'E-mail access@samplelibrary.org two weeks ahead. Does that help?'], [100, 'p', 'OK THANK YOU GA TO SK'], [106, 'l', 'Take care, bye!']], exp: some({ anything: 'fail' }) },
  { name: 'Spanish, "¿Algo más en que le pueda ayudar?" : anything else passes', lines: [...ES, [70, 'l', 'Hay audiolibros en español en libbyapp.com. ¿Le sirve?'], [100, 'p', 'si gracias'], [106, 'l', '¿Algo más en que le pueda ayudar?'], [130, 'p', 'no'], [136, 'l', '¡Adiós!']], exp: some({ anything: 'pass' }) },

  // ---- clarify and dismissal --------------------------------------------------------------------------------------------
  { name: 'a caregiver asked "Does your mother use a smartphone, or would a player by mail be easier?" : clarify passes', lines: [[0, 'p', 'my mother is blind, can she get audiobooks'], [20, 'l', 'Hi, Jo at Ask Us. Does your mother use a smartphone, or would a player by mail be easier?'], [50, 'p', 'player'], [70, 'l', 'The application is at marylandlibraries.org/lbph. Does that help?'], [100, 'p', 'ok thanks'], [106, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: '"Other patrons are waiting, but please come back and we\'ll finish the BARD steps" : allowed', lines: [...NLS, [70, 'l', 'The application is at marylandlibraries.org/lbph. Does that help?'], [100, 'p', 'yes and how does bard work and the player and'], [110, 'l', "Other patrons are waiting, so I can't go through all of it now, but please come back later today and we'll finish the BARD steps. Thanks!"]], exp: some({ dismissal: 'pass' }) },
  { name: '"I can\'t wait for you to finish typing, goodbye" : dismissal', lines: [...NLS, [70, 'l', 'The application is at marylandlibraries.org/lbph. Does that help?'], [100, 'p', 'yes and how does'], [110, 'l', "I can't wait for you to finish typing, I have other work. Goodbye."]], exp: some({ dismissal: 'fail' }) },
];

/** Near misses of the fixes (each checked to fail with its part of the fix taken out or made wider), and the fixes' own cases. */
export const guards: SessionCase[] = [
  // notPromise (ACCESS_PARTY_G17): the library's own staff, "our", and the provider's own promise in the sentence stay promises
  { name: 'near miss: "The library\'s ADA coordinator will call you Tuesday" : a follow-up', lines: then(DEAF, "The library's ADA coordinator will call you Tuesday to set up the interpreter. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: "Our talking book library will mail you a player this week" (the provider\'s own library): a follow-up', lines: then(NLS, 'Our talking book library will mail you a player this week. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: "NLS will send you a password, and I\'ll e-mail you the player steps by Friday" : a follow-up', lines: then(NLS, "NLS will send you a BARD password, and I'll e-mail you the player steps by Friday. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: Spanish, "La biblioteca para ciegos le enviará el formulario, y yo le escribiré mañana" : a follow-up', lines: thenEs('La biblioteca para ciegos le enviará el formulario, y yo le escribiré mañana con la lista. ¿Le sirve?'), exp: some({ contact: 'fail', code: 'fail' }) },
  // stillThere (STILL_TYPING_G17): no question, or a question about the software
  { name: 'near miss: "Still typing the list for you, one sec." (no question): no check-in', lines: quiet(PC, [[230, 'l', 'Still typing the list for you, one sec.'], [380, 'l', "It looks like you've disconnected, so I'll end this session now. Come back anytime!"]]), exp: some({ idle: 'fail', disconnect: 'pass' }) },
  { name: 'near miss: "Is your dictation still typing?" (about the software): no check-in', lines: quiet(PC, [[230, 'l', 'Is your dictation still typing?'], [380, 'l', "It looks like you've disconnected, so I'll end this session now. Come back anytime!"]]), exp: some({ idle: 'fail', disconnect: 'pass' }) },
  { name: 'near miss: Spanish, "Hola, ¿su dictado sigue escribiendo?" (about the software): no check-in', lines: [...ES, [70, 'l', 'Hay audiolibros en español en libbyapp.com. ¿Le sirve?'], [230, 'l', 'Hola, ¿su dictado sigue escribiendo?'], [380, 'l', 'Parece que se desconectó, así que voy a cerrar el chat. ¡Vuelva cuando quiera!']], exp: some({ idle: 'fail', disconnect: 'pass' }) },
  { name: 'near miss: Spanish, "Sigo escribiendo la lista" (the provider\'s own): no check-in', lines: [...ES, [70, 'l', 'Hay audiolibros en español en libbyapp.com. ¿Le sirve?'], [230, 'l', 'Sigo escribiendo la lista, un momento.'], [380, 'l', 'Parece que se desconectó, así que voy a cerrar el chat. ¡Vuelva cuando quiera!']], exp: some({ idle: 'fail', disconnect: 'pass' }) },
  // dismissalConvenience (CANT_WAIT_G17): "can't wait" of eagerness, or of a third party
  { name: 'near miss: "I can\'t wait for you to see the new sensory room!" : no dismissal', lines: [...NLS, [70, 'l', 'The application is at marylandlibraries.org/lbph. Does that help?'], [100, 'p', 'yes thanks'], [110, 'l', "I can't wait for you to see the new sensory room! Bye!"]], exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "We can\'t wait any longer for the vendor to fix the ramp" : no dismissal', lines: [...NLS, [70, 'l', "We can't wait any longer for the vendor to fix the ramp, so the county booked another contractor: samplecountymd.gov/ada. Does that help?"], [100, 'p', 'yes thanks'], [110, 'l', 'Bye!']], exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "No rush, I can wait for you to finish typing" : no dismissal', lines: [...NLS, [70, 'l', 'The application is at marylandlibraries.org/lbph. Does that help?'], [100, 'p', 'yes and'], [110, 'l', 'No rush, I can wait for you to finish typing.'], [150, 'p', 'thanks thats all'], [156, 'l', 'Bye!']], exp: some({ dismissal: 'pass' }) },
  // notPromise (ACCESS_STAFF_G17): the library's own staff, after its own possessive, stay promises
  { name: 'near miss: "The library\'s reader advisors will call you Friday" : a follow-up', lines: then(NLS, "The library's reader advisors will call you Friday to pick his first books. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  // dismissalConvenience (TAKING_LONG_END_G17): another end than the chat's, or a search taking long
  { name: 'near miss: "This is taking too long, so I\'ll e-mail you the list by Friday" : no dismissal', lines: [...NLS, [70, 'l', 'The application is at marylandlibraries.org/lbph. Does that help?'], [100, 'p', 'yes and the list'], [110, 'l', "This is taking too long, so I'll e-mail you the large print list by Friday. What's your e-mail?"], [140, 'p', 'a.b@example.com'], [150, 'l', 'Thanks, a.b@example.com, by Friday. Bye!']], exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "The catalog search is taking too long, so I\'m closing the chat window and using the app" : no dismissal', lines: [...NLS, [70, 'l', "The catalog search is taking too long, so I'm closing the chat window and using the app to search; one moment."], [100, 'l', 'Found it: the application is at marylandlibraries.org/lbph. Does that help?'], [120, 'p', 'yes thanks'], [126, 'l', 'Bye!']], exp: some({ dismissal: 'pass' }) },
  // phone (RELAY_711_G17) and referralParty (RELAY_PARTY_G17): 711 only as the relay's own number; "relay" only as the service
  { name: 'near miss: "Call the ADA coordinator at 711" (711 is not the coordinator\'s number): referral fails', lines: then(DEAF, 'Call the ADA coordinator at 711.'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Call the front desk at 410-555-0123; staff there relay messages to the interpreter" : referral passes', lines: then(DEAF, 'Call the front desk at 410-555-0123; staff there relay messages to the interpreter. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '(fix) "Call Maryland Relay at 711 if you\'d rather talk by phone" : referral passes', lines: then(DEAF, "Call Maryland Relay at 711 if you'd rather talk by phone. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "This is taking too long, so I\'m going to try another database." : no dismissal', lines: [...NLS, [70, 'l', "This is taking too long, so I'm going to try another database."], [100, 'l', 'Found it: the application is at marylandlibraries.org/lbph. Does that help?'], [120, 'p', 'yes thanks'], [126, 'l', 'Bye!']], exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "Contact the branch at 410-555-0123, and a staff member can relay a message to the interpreter" : referral passes', lines: then(DEAF, 'Contact the branch at 410-555-0123, and a staff member can relay a message to the interpreter. Does that help?'), exp: some({ referral: 'pass' }) },
  // referralVerb (TALK_NOUN_G17): "talk with / to" as a verb is still a contact verb
  { name: 'near miss: "Before the talk, talk with the Towson branch staff" (a verb, no contact): referral fails', lines: then(DEAF, 'Before the talk, talk with the Towson branch staff about a seat near the interpreter.'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "You can talk to the ADA coordinator about it" (no contact): referral fails', lines: then(DEAF, 'You can talk to the ADA coordinator about it.'), exp: some({ referral: 'fail' }) },
  { name: '(fix) "e-mail our office at access@… two weeks before the talk with the date and branch" : referral passes', lines: then(DEAF, 'Please e-mail our office at access@samplelibrary.org at least two weeks before the talk with the date and branch. Does that help?'), exp: some({ referral: 'pass' }) },
];

/** A second batch, written and labelled after the first run, probing the words of the fixes. */
export const second: SessionCase[] = [
  { name: '"BARD support will e-mail you a temporary password" : no follow-up', lines: then(NLS, 'Sign up at nlsbard.loc.gov; BARD support will e-mail you a temporary password. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"Your state\'s talking book center should mail him a player" : no follow-up', lines: then(NLS, "Apply at loc.gov/nls; your state's talking book center should mail him a player within two weeks. Does that help?"), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"A vocational rehab counselor will call you to set up an intake" : no follow-up', lines: then(PC, 'Apply at dors.maryland.gov; a vocational rehab counselor will call you to set up an intake. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"The MVA will mail you the placard" : no follow-up', lines: then(PC, 'Apply at mva.maryland.gov/disability; the MVA will mail you the placard. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"Maryland Relay will send you a confirmation" : no follow-up', lines: then(DEAF, 'Register your TTY at mdrelay.org; Maryland Relay will send you a confirmation. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'chat-speak, "nls will email u ur login" : no follow-up', lines: then(NLS, 'sign up at nlsbard.loc.gov, nls will email u ur login. that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'British, "the talking books service will ring you to arrange delivery" : no follow-up', lines: then(NLS, 'Register at marylandlibraries.org/lbph; the talking books service will ring you to arrange delivery. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'Spanish, "El programa de libros parlantes le va a enviar el reproductor" : no follow-up', lines: thenEs('Inscríbala en marylandlibraries.org/lbph; el programa de libros parlantes le va a enviar el reproductor. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"The library for the blind will call you, and we\'ll send you the large print list by Friday" : a follow-up', lines: then(NLS, "The library for the blind will call you, and we'll send you the large print list by Friday. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: '"Our homebound coordinator will ring you on Monday" : a follow-up', lines: then(NLS, 'Our homebound coordinator will ring you on Monday to arrange deliveries. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: '"Our ADA coordinator will e-mail you by Friday" : a follow-up', lines: then(DEAF, 'Our ADA coordinator will e-mail you by Friday about the interpreter. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: '"Are you still typing?" : a check-in', lines: quiet(PC, [[230, 'l', 'Are you still typing?'], [380, 'l', "It looks like you've disconnected, so I'll end this session now. Come back anytime!"]]), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: '"Still writing your message? No rush." : a check-in', lines: quiet(PC, [[230, 'l', 'Still writing your message? No rush.'], [380, 'l', "It looks like you've disconnected, so I'll end this session now. Come back anytime!"]]), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'chat-speak, "hi, u still typing?" : a check-in', lines: quiet(PC, [[230, 'l', 'hi, u still typing?'], [380, 'l', "looks like u disconnected, so im closing this chat. come back anytime!"]]), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'Spanish, "¿Sigue escribiendo? Sin prisa." : a check-in', lines: [...ES, [70, 'l', 'Hay audiolibros en español en libbyapp.com. ¿Le sirve?'], [230, 'l', '¿Sigue escribiendo? Sin prisa.'], [380, 'l', 'Parece que se desconectó, así que voy a cerrar el chat. ¡Vuelva cuando quiera!']], exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: '"I\'m still typing the list, hang on" (the provider\'s own typing): no check-in', lines: quiet(PC, [[230, 'l', "I'm still typing the list, hang on."], [380, 'l', "It looks like you've disconnected, so I'll end this session now. Come back anytime!"]]), exp: some({ idle: 'fail', disconnect: 'pass' }) },
  { name: '"We can\'t wait any longer, so I\'m closing this chat." : dismissal', lines: [...NLS, [70, 'l', 'The application is at marylandlibraries.org/lbph. Does that help?'], [100, 'p', 'yes and how'], [110, 'l', "We can't wait any longer, so I'm closing this chat."]], exp: some({ dismissal: 'fail' }) },
  { name: '"I can\'t wait for you to type all that out, I have other patrons. Bye." : dismissal', lines: [...NLS, [70, 'l', 'The application is at marylandlibraries.org/lbph. Does that help?'], [100, 'p', 'yes and how does the'], [110, 'l', "I can't wait for you to type all that out, I have other patrons. Bye."]], exp: some({ dismissal: 'fail' }) },
  { name: '"I cannot wait any longer for your reply; this chat is now closed." : dismissal', lines: [...NLS, [70, 'l', 'The application is at marylandlibraries.org/lbph. Does that help?'], [100, 'p', 'yes and'], [110, 'l', 'I cannot wait any longer for your reply; this chat is now closed.']], exp: some({ dismissal: 'fail' }) },
  // a way back offered: the literal rule fails only "without offering a way back"
  { name: '"I can\'t wait any longer, but start a new chat anytime and we\'ll pick it up" : a way back, no dismissal', lines: [...NLS, [70, 'l', 'The application is at marylandlibraries.org/lbph. Does that help?'], [100, 'p', 'yes and'], [110, 'l', "I can't wait any longer, but please start a new chat anytime and we'll pick it up from there. Thanks!"]], exp: some({ dismissal: 'pass' }) },
  { name: '"I can\'t wait to see you at the sensory-friendly hour!" : no dismissal', lines: [...NLS, [70, 'l', 'The application is at marylandlibraries.org/lbph. Does that help?'], [100, 'p', 'yes thanks'], [110, 'l', "I can't wait to see you at the sensory-friendly hour! Bye!"]], exp: some({ dismissal: 'pass' }) },
  { name: '"Register for the talk with ASL interpreting at samplelibrary.org/events" : no referral', lines: then(DEAF, 'Register for the talk with ASL interpreting at samplelibrary.org/events. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"Talk to the branch manager at 410-555-0123 about the ramp" : referral passes', lines: then(DEAF, 'Talk to the branch manager at 410-555-0123 about the ramp. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"Please talk with the Towson branch before the talk" (no contact): referral fails', lines: then(DEAF, 'Please talk with the Towson branch before the talk.'), exp: some({ referral: 'fail' }) },
  { name: '"the author talk with captions is listed at samplelibrary.org/events" : no referral', lines: then(DEAF, 'The author talk with captions is listed at samplelibrary.org/events. Does that help?'), exp: some({ referral: 'na' }) },
];

/** A third batch, written and labelled after the second run: relay and TTY numbers, outside agencies' staff, the library's own volunteers. */
export const third: SessionCase[] = [
  { name: '"The Library for the Blind\'s staff will mail him a catalog" : no follow-up', lines: then(NLS, "Apply at marylandlibraries.org/lbph; the Library for the Blind's staff will mail him a large print catalog. Does that help?"), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"Sorry, this is taking too long and I have to close this chat." : dismissal', lines: [...NLS, [70, 'l', 'The application is at marylandlibraries.org/lbph. Does that help?'], [100, 'p', 'yes and how'], [110, 'l', 'Sorry, this is taking too long and I have to close this chat.']], exp: some({ dismissal: 'fail' }) },
  { name: '"Contact Social Security. For TTY users: 1-800-325-0778" : referral passes', lines: then(PC, 'Contact Social Security about the appeal. For TTY users: 1-800-325-0778. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"Contact the NLS Reference Section at nls@loc.gov" : referral passes', lines: then(NLS, 'Contact the NLS Reference Section at nls@loc.gov about braille music. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'British, "Do ring the RNIB Helpline on 0303 123 9999" : referral passes', lines: then(NLS, 'Do ring the RNIB Helpline on 0303 123 9999, they post talking books free. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"Email the interpreter coordinator, Dana Lee, at dlee@samplelibrary.org" : referral passes', lines: then(DEAF, 'Email the interpreter coordinator, Dana Lee, at dlee@samplelibrary.org. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"The Library for the Blind\'s reader advisors will call you" : no follow-up', lines: then(NLS, "Apply at marylandlibraries.org/lbph; the Library for the Blind's reader advisors will call you to pick his first books. Does that help?"), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"Social Security will call you for a phone interview" : no follow-up', lines: then(PC, 'Apply at ssa.gov/disability; Social Security will call you for a phone interview. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"A volunteer from our Books on Wheels program will call you Friday" : a follow-up', lines: then(NLS, 'A volunteer from our Books on Wheels program will call you Friday to set up deliveries. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'Spanish, "Un voluntario de nuestra biblioteca la llamará el viernes" : a follow-up', lines: thenEs('Un voluntario de nuestra biblioteca la llamará el viernes para llevarle los libros. ¿Le sirve?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: '"Hang on while I look up the NLS number" is a hold: the 200 s after it fail keep_informed', lines: [...PC, [52, 'l', 'Hang on while I look up the NLS number.'], [252, 'l', 'It is 1-888-657-7323, or loc.gov/nls. Did that help?'], [270, 'p', 'yes thanks'], [276, 'l', 'Bye!']], exp: some({ informed: 'fail' }) },
  { name: '"So you need audiobooks your mom can play without a computer?" : clarify passes', lines: [[0, 'p', 'audiobooks for my mom she is blind'], [20, 'l', 'Hi, Jo at Ask Us. So you need audiobooks your mom can play without a computer?'], [50, 'p', 'yes'], [70, 'l', 'The talking book player comes free with marylandlibraries.org/lbph. Does that help?'], [100, 'p', 'ok thanks'], [106, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: '"Call the Talking Book library at 1-800-964-9209" gives a source (a phone for a referral)', lines: then(NLS, 'Call the Talking Book library at 1-800-964-9209. Does that help?'), exp: some({ source: 'pass', referral: 'pass' }) },
  { name: '"Does that cover what your mom needs?" : completeness passes', lines: then(NLS, 'The application is at marylandlibraries.org/lbph. Does that cover what your mom needs?'), exp: some({ complete: 'pass' }) },
  { name: 'a caregiver, "thats everything for my mom, thanks" : the patron says she is done', lines: [...NLS, [70, 'l', 'The application is at marylandlibraries.org/lbph. Does that help?'], [100, 'p', 'yes thats everything for my mom, thanks'], [106, 'l', 'Take care, bye!']], exp: some({ anything: 'pass' }) },
  { name: '"This is taking too long, so I\'m ending the chat." : dismissal', lines: [...NLS, [70, 'l', 'The application is at marylandlibraries.org/lbph. Does that help?'], [100, 'p', 'yes and how do'], [110, 'l', "This is taking too long, so I'm ending the chat."]], exp: some({ dismissal: 'fail' }) },
  { name: '"Since I haven\'t heard back, I\'m going to close the chat now" after a check-in: a disconnect notice', lines: quiet(PC, [[230, 'l', 'Are you still there?'], [380, 'l', "Since I haven't heard back, I'm going to close the chat now. Please come back anytime!"]]), exp: some({ idle: 'pass', disconnect: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT (third batch; label corrected, was pass): "to place the call to the branch" tells the patron to call the branch too,
  // whose number is not given (every party needs one). Scored as labelled before the relay fix only because no contact was
  // read at all; since RELAY_711_G17 the sentence's 711 (the relay's own number) is lent to the branch too (the older
  // attribution of a sentence's contact to each party in it, G15's LEFT)
  { name: '"Call Maryland Relay at 711 to place the call to the branch" (the branch\'s number not given): referral fails', lines: then(DEAF, 'Call Maryland Relay at 711 to place the call to the branch. Does that help?'), exp: some({ referral: 'fail' }) },
  // LEFT (not of this block): "call 711" is read as a phone by older N11 readings (v24's three-digit service numbers, "call 211 /
  // 311 and ask for …"), lent to the party the patron asks for; by this block's reading 711 reaches the relay, which needs the
  // library's own number (the twenty-fourth round's "dial 711 alone reaches a relay service, not the party"). The sixteenth
  // round read "call a party with a 711 relay … number" as a way to reach it (with the party's number given): the lead decides
  { name: 'chat-speak, "ur mom can call 711 n ask for the talking book library" (the library\'s number not given): referral fails', lines: then(NLS, 'ur mom can call 711 n ask for the talking book library.'), exp: some({ referral: 'fail' }) },
];

describe('thirty-ninth round (G17): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-ninth round (G17): accessibility and disability services, every check', whole);
describeSessions('thirty-ninth round (G17): accessibility and disability services, short cases', short);
describeSessions('thirty-ninth round (G17): accessibility and disability services, near misses of the changes', guards);
describeSessions('thirty-ninth round (G17): accessibility and disability services, second batch', second);
describeSessions('thirty-ninth round (G17): accessibility and disability services, third batch', third);

describeLeft('thirty-ninth-round-access', LEFT);
