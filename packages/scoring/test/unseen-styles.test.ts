/**
 * Whole sessions in styles the devset does not show: British and other English variants,
 * long-winded and terse providers, chat-speak with typos, Spanish and sessions that switch
 * language, system lines from other chat platforms, and paraphrases of each behaviour the checks
 * rely on. The statuses are what a reader of RUBRIC.md would give; only the checks each case is
 * about are listed. Where a status depends on a behaviour being recognised (a hold message that
 * starts a span of waiting, say), the case is built so that missing it changes the status.
 */
import { describeSessions, type SessionCase } from './helpers';

const cases: SessionCase[] = [
  // ---- British English, informal ----------------------------------------------------------
  {
    name: 'British: "Morning!", enquiries desk, "bare with me whilst", "still having a dig", "have a look at", "did you manage"',
    lines: [
      [0, 'p', 'hiya, looking for old maps of sheffield for a school project'],
      [25, 'l', 'Morning! Rob on the enquiries desk at Sheffield Libraries here.'],
      [40, 'l', 'What period are you after - Victorian, or more recent?'],
      [70, 'p', 'victorian ish'],
      [80, 'l', 'Lovely, bare with me whilst I have a look.'],
      [170, 'l', 'Still having a dig, nearly there'],
      [260, 'l', 'Have a look at the Ordnance Survey town plans on maps.nls.uk - pick Sheffield on the map and choose the 1890s sheets.'],
      [280, 'l', 'Did you manage to open it?'],
      [310, 'p', 'yes brilliant'],
      [320, 'l', 'Was there something else you wanted to ask?'],
      [340, 'p', 'no ta'],
      [350, 'l', 'Cheers, take care!'],
    ],
    exp: {
      'approachability.greeting': 'pass',
      'interest.keep_informed': 'pass',
      'inquiry.clarify': 'pass',
      'info.source': 'pass',
      'followup.completeness': 'pass',
      'closing.anything_else': 'pass',
      'closing.courteous': 'pass',
      'closing.no_dismissal': 'pass',
      'session.idle_checkin': 'na',
    },
  },
  {
    name: 'British: "I\'ll have a look" is a hold, so the silence after it is waiting on the provider',
    lines: [
      [0, 'p', 'is the library on the high street open on bank holidays'],
      [20, 'l', "Hello, I'm Dilys, one of the librarians. I'll have a look for you."],
      [200, 'l', 'All our branches are shut on bank holiday Mondays; the opening hours page on our website lists every date under About > Opening Hours.'],
      [220, 'p', 'thanks'],
      [230, 'l', 'Thanks for asking, have a lovely weekend.'],
    ],
    exp: { 'approachability.greeting': 'pass', 'interest.keep_informed': 'fail', 'info.source': 'pass', 'closing.courteous': 'pass' },
  },
  {
    name: 'British: imperative "Have a look" and "Have a great day" are not questions',
    lines: [
      [0, 'p', 'how late is the central library open on thursdays'],
      [20, 'l', "Hi, I'm Ellis from the library. It's open until 8pm on Thursdays."],
      [40, 'p', 'great'],
      [50, 'l', 'Have a great day!'],
    ],
    exp: { 'inquiry.clarify': 'fail', 'info.source': 'fail', 'closing.courteous': 'pass' },
  },
  {
    name: 'British: referral to a helpline by a UK number, "your best bet is to ring"',
    lines: [
      [0, 'p', 'where can i get advice on getting my tenancy deposit back'],
      [20, 'l', "Hi there, I'm Tom, one of the librarians. Are you in England or Wales?"],
      [40, 'p', 'england'],
      [50, 'l', "Your best bet is to ring Shelter's helpline on 0808 800 4444; they can explain your options."],
      [60, 'l', 'Is that any good?'],
      [90, 'p', 'yes thank you'],
      [100, 'l', 'Anything more I can look up for you?'],
      [120, 'p', 'no'],
      [125, 'l', 'All the best with it, bye!'],
    ],
    exp: { 'referral.contact': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass', 'closing.anything_else': 'pass' },
  },
  {
    name: 'British: referral to a GP without contact details',
    lines: [
      [0, 'p', 'is there a book about living with tinnitus'],
      [20, 'l', "Hello, I'm Meg at the library. Is it for yourself or someone else?"],
      [40, 'p', 'myself'],
      [50, 'l', '"Living with Tinnitus and Hyperacusis" is in our catalogue at 617.8. For treatment I\'d suggest speaking to your GP.'],
      [70, 'p', 'ok thanks'],
      [80, 'l', 'Take care.'],
    ],
    exp: { 'referral.contact': 'fail', 'info.source': 'pass' },
  },
  {
    name: 'British follow-up: "leave it with me", "drop you an email within a fortnight"',
    lines: [
      [0, 'p', "I'm after a copy of my grandad's obituary from the local paper, 1968"],
      [20, 'l', 'Hello, this is Gwen from the Local Studies team. Do you know roughly which month?'],
      [50, 'p', 'March I think'],
      [60, 'l', "That year is only on microfilm here, so I'll need to check it in person. Leave it with me and I'll come back to you. What's the best email for you?"],
      [90, 'p', "it's [email]"],
      [100, 'l', "Lovely, I'll drop you an email with a scan within a fortnight."],
      [120, 'p', 'brilliant, thats everything'],
      [130, 'l', 'Thanks for getting in touch, bye for now!'],
    ],
    over: { resolutionCode: 'Follow-up by me' },
    exp: { 'followup.contact': 'pass', 'resolution.code': 'pass', 'followup.on_time': 'pending', 'closing.anything_else': 'pass', 'approachability.greeting': 'pass' },
  },
  {
    name: 'British: a promise that someone "will be in touch", coded Answered, no contact or date',
    lines: [
      [0, 'p', 'can i book a meeting room at the branch for a club'],
      [20, 'l', "Hi, Sunita here at Northfield Libraries. What size of group is it?"],
      [40, 'p', 'about 12'],
      [50, 'l', 'Room bookings are handled by each branch. I have passed on your details and someone from your local branch will be in touch.'],
      [70, 'p', 'ok'],
      [80, 'l', 'Thanks, bye.'],
    ],
    exp: { 'resolution.code': 'fail', 'followup.contact': 'fail' },
  },
  {
    name: 'not a promise: "keep in contact with", "follow up by phone" said of the patron; "Something else I could help with?" asks',
    lines: [
      [0, 'p', 'my benefits claim got stuck, who do i talk to'],
      [20, 'l', "Hi, I'm Priya, a librarian at the central library. Is it a housing or a jobseeker claim?"],
      [40, 'p', 'housing'],
      [50, 'l', 'The council housing office handles those; it is best to keep in contact with your caseworker there and to follow up by phone if a letter is late.'],
      [70, 'p', 'ok thanks'],
      [80, 'l', 'Something else I could help with?'],
      [95, 'p', 'no'],
      [100, 'l', 'Thanks for chatting, bye.'],
    ],
    exp: { 'resolution.code': 'pass', 'followup.on_time': 'na', 'closing.anything_else': 'pass' },
  },
  {
    name: 'British: busy queue without a way back is a dismissal',
    lines: [
      [0, 'p', 'can you help me with my family tree, and my council tax, and also my CV'],
      [20, 'l', 'Hello, Priya at Leeds Libraries here. Which would you like to start with?'],
      [40, 'p', 'family tree'],
      [50, 'l', 'Ancestry Library Edition is free in any of our branches and has the 1921 census.'],
      [70, 'p', 'ok and council tax?'],
      [80, 'l', "Several people are queuing so I'll have to wrap up now."],
    ],
    exp: { 'closing.no_dismissal': 'fail' },
  },
  {
    name: 'British: busy queue with "do pop back later" is allowed',
    lines: [
      [0, 'p', 'can you help me with my family tree, and my council tax, and also my CV'],
      [20, 'l', 'Hello, Priya at Leeds Libraries here. Which would you like to start with?'],
      [40, 'p', 'family tree'],
      [50, 'l', 'Ancestry Library Edition is free in any of our branches and has the 1921 census.'],
      [70, 'p', 'ok and council tax?'],
      [80, 'l', "Several people are queuing so I'll have to wrap up, but do pop back later for the rest."],
    ],
    exp: { 'closing.no_dismissal': 'pass', 'closing.courteous': 'pass' },
  },
  {
    name: 'British: "we\'ve run out of time" is a dismissal',
    lines: [
      [0, 'p', 'i need three more articles on brexit and fishing'],
      [20, 'l', "Hi, I'm Callum from the library. Are these for a dissertation?"],
      [40, 'p', 'yes'],
      [50, 'l', 'Search Nexis Uni for "fishing quotas" and limit it to UK newspapers.'],
      [70, 'p', 'and the others?'],
      [80, 'l', "We've run out of time, I'm afraid."],
    ],
    exp: { 'closing.no_dismissal': 'fail' },
  },

  // ---- chat-speak and typos -------------------------------------------------------------------
  {
    name: 'chat-speak: "lemme chk" is a hold, the 3-minute silence after it fails',
    lines: [
      [0, 'p', 'do u have the hunger games in spanish'],
      [20, 'l', 'hey! jordan here @ the library. what branch r u near'],
      [40, 'p', 'towson'],
      [45, 'l', 'k lemme chk'],
      [250, 'l', 'ok Los juegos del hambre is at towson, call # SPA YA COL, its in the catalog'],
      [260, 'l', 'did that help'],
      [280, 'p', 'ya thx'],
      [290, 'l', 'np! anything else u need'],
      [300, 'p', 'nope thats all'],
      [305, 'l', 'ok ttyl, happy reading'],
    ],
    exp: {
      'approachability.greeting': 'pass',
      'interest.keep_informed': 'fail',
      'inquiry.clarify': 'pass',
      'info.source': 'pass',
      'followup.completeness': 'pass',
      'closing.anything_else': 'pass',
      'closing.courteous': 'pass',
    },
  },
  {
    name: 'chat-speak: lowercase name, "did i lose u?", "no response so ill close this chat"',
    lines: [
      [0, 'p', 'how do i print from my phone'],
      [20, 'l', 'hi! lee here from the library. r u on android or iphone'],
      [40, 'p', 'android'],
      [50, 'l', 'get the Mopria app, then open the print page on our site and pick Library Printers > Color'],
      [190, 'l', 'did i lose u?'],
      [300, 'l', 'no response so ill close this chat now, thx for chatting!'],
    ],
    exp: {
      'approachability.greeting': 'pass',
      'inquiry.clarify': 'pass',
      'info.source': 'pass',
      'session.idle_checkin': 'pass',
      'session.disconnect_notice': 'pass',
      'closing.courteous': 'pass',
    },
  },
  {
    name: 'chat-speak: "whats the due date" asks; "still lookin" keeps the patron informed',
    lines: [
      [0, 'p', 'need sources for my essay on climate migration'],
      [20, 'l', "hi im Kai, a librarian. whats the due date"],
      [40, 'p', 'friday'],
      [50, 'l', 'ok searching now'],
      [150, 'l', 'still lookin, found a couple'],
      [250, 'l', 'try Academic Search Complete, search climate AND migration, limit to peer reviewed. any luck?'],
      [280, 'p', 'yes got 3'],
      [290, 'l', 'gr8, any more qs?'],
      [300, 'p', 'no'],
      [305, 'l', 'good luck w/ the essay'],
    ],
    exp: {
      'inquiry.clarify': 'pass',
      'interest.keep_informed': 'pass',
      'followup.completeness': 'pass',
      'closing.anything_else': 'pass',
      'closing.courteous': 'pass',
    },
  },

  // ---- formal, long-winded providers ---------------------------------------------------------
  {
    name: 'formal: "Reference Department", "allow me a few moments", "would you kindly let me know whether these meet..."',
    lines: [
      [0, 'p', "Good afternoon. I am researching the construction of the Erie Canal for a talk I'm giving."],
      [30, 'l', 'Good afternoon, and thank you for contacting the Reference Department. I shall be assisting you this afternoon.'],
      [60, 'l', 'So that I can direct you to the most suitable materials, may I ask whether your talk will focus on the engineering or on the labourers?'],
      [90, 'p', 'Mostly the workers.'],
      [100, 'l', 'Thank you. Please allow me a few moments to consult our holdings.'],
      [200, 'l', 'I am still reviewing the catalogue records; I appreciate your patience.'],
      [290, 'l', "I would recommend 'Wedding of the Waters' by Peter Bernstein, which is in our catalogue, and the canal photographs at the New York State Archives (archives.nysed.gov)."],
      [300, 'l', 'Would you kindly let me know whether these materials meet your requirements?'],
      [330, 'p', "Yes, that's very helpful. That is all I need."],
      [340, 'l', 'It has been my pleasure. I wish you every success with your talk.'],
    ],
    exp: {
      'approachability.greeting': 'pass',
      'interest.keep_informed': 'pass',
      'inquiry.clarify': 'pass',
      'info.source': 'pass',
      'followup.completeness': 'pass',
      'closing.anything_else': 'pass',
      // "my pleasure" and good wishes are neither thanks, a goodbye nor an invitation back
      'closing.courteous': 'fail',
    },
  },
  {
    name: 'formal: idle patron, "you seem to have left", "I shall be closing this session"',
    lines: [
      [0, 'p', 'What is the renewal limit for DVDs?'],
      [15, 'l', 'Good evening, you are speaking with the duty librarian. DVDs may be renewed twice, online under My Account > Loans > Renew.'],
      [160, 'l', 'Is everything all right on your end?'],
      [260, 'l', 'As you appear to have stepped away, I shall be closing this session shortly. Please do not hesitate to contact us again.'],
    ],
    exp: {
      'approachability.greeting': 'pass',
      'session.idle_checkin': 'pass',
      'session.disconnect_notice': 'pass',
      'closing.courteous': 'pass',
    },
  },
  {
    name: 'formal: a notice that does not ask is no check-in',
    lines: [
      [0, 'p', 'Do you hold the 1911 census returns for this county?'],
      [20, 'l', "Good morning, I'm Harriet, the local studies librarian. Findmypast has the 1911 returns, free on library computers: findmypast.co.uk."],
      [200, 'l', "I haven't had a response for a few minutes, so I will be ending the chat. Thank you for contacting us."],
    ],
    exp: { 'session.idle_checkin': 'fail', 'session.disconnect_notice': 'pass', 'closing.courteous': 'pass' },
  },

  // ---- Spanish and switching languages --------------------------------------------------------
  {
    name: 'Spanish with code-switching: "Buenas", referral by phone, "¿Encontró lo que buscaba?"',
    lines: [
      [0, 'p', "hola, necesito info sobre como sacar la licencia de manejo / driver's license in Maryland"],
      [20, 'l', '¡Buenas! Le atiende Rosa, bibliotecaria de la biblioteca del condado.'],
      [35, 'l', '¿Es su primera licencia o la está renovando?'],
      [60, 'p', 'primera'],
      [70, 'l', 'Permítame un momento mientras reviso.'],
      [150, 'l', 'La MVA tiene la información en mva.maryland.gov, sección Driver Services > New Drivers. Para una cita, le recomiendo llamar a la MVA al 410-768-7000.'],
      [170, 'l', '¿Encontró lo que buscaba?'],
      [200, 'p', "si gracias, that's everything"],
      [210, 'l', '¡Con gusto! Que tenga buena tarde.'],
    ],
    exp: {
      'approachability.greeting': 'pass',
      'interest.keep_informed': 'pass',
      'inquiry.clarify': 'pass',
      'info.source': 'pass',
      'followup.completeness': 'pass',
      'closing.anything_else': 'pass',
      'referral.contact': 'pass',
      'closing.courteous': 'pass',
    },
  },
  {
    name: 'Spanish: "se acabó su tiempo" is a dismissal; a referral to the consulate without contact',
    lines: [
      [0, 'p', 'necesito renovar mi pasaporte mexicano y tambien saber de la doble nacionalidad'],
      [20, 'l', 'Hola, soy Tomás, bibliotecario. ¿Vive usted en Maryland?'],
      [40, 'p', 'si en baltimore'],
      [50, 'l', 'Para el pasaporte le recomiendo llamar al consulado.'],
      [70, 'p', 'y lo de la nacionalidad?'],
      [80, 'l', 'Lo siento, se acabó su tiempo.'],
    ],
    exp: { 'closing.no_dismissal': 'fail', 'referral.contact': 'fail' },
  },
  {
    name: 'Spanish follow-up: "te escribo mañana" with the e-mail repeated back',
    lines: [
      [0, 'p', 'busco el acta de nacimiento de mi abuelo, nacio en 1931 en Baltimore'],
      [20, 'l', 'Hola, te saluda Inés de la biblioteca. ¿Sabes en qué hospital nació?'],
      [50, 'p', 'no se, mi correo es nieto@example.com'],
      [60, 'l', 'Gracias. Tengo tu correo: nieto@example.com. Voy a revisar los índices en microfilm y te escribo mañana con lo que encuentre.'],
      [80, 'p', 'gracias!'],
      [90, 'l', '¡Hasta luego!'],
    ],
    over: { resolutionCode: 'Follow-up by me' },
    exp: { 'followup.contact': 'pass', 'resolution.code': 'pass' },
  },

  // ---- system lines from other platforms ------------------------------------------------------
  {
    name: 'platform system lines: an automatic welcome and disconnect text as system messages count for nothing',
    lines: [
      [0, 's', 'Welcome to Ask a Librarian! A librarian will be with you shortly.', { event: 'joined' }],
      [2, 'p', 'how many books can i borrow at once'],
      [30, 's', 'Librarian Jo joined the chat', { event: 'joined' }],
      [32, 'l', 'hi, how can i help?'],
      [50, 'p', 'how many books can i borrow at once'],
      [60, 'l', 'Up to 50 items on one card; the borrowing page on our website has the details under Services > Borrowing.'],
      [300, 's', 'It looks like you have disconnected. This chat will close automatically.', { event: 'idle' }],
      [310, 's', 'Patron left the chat', { event: 'patron_left' }],
    ],
    over: { endAfter: 0 },
    exp: {
      'approachability.greeting': 'fail',
      'info.source': 'pass',
      'session.idle_checkin': 'fail',
      'session.disconnect_notice': 'fail',
      'closing.courteous': 'fail',
    },
  },
  {
    name: 'platform system lines: LibChat-style transfer with a note and a notice',
    lines: [
      [0, 'p', 'i need help finding a patent from the 1920s'],
      [20, 'l', "Hi, I'm Jo at the library. Do you have the inventor's name?"],
      [40, 'p', 'no just the invention, a type of egg beater'],
      [50, 'i', 'Ana, could you take this one? Pre-1976 patent classification search, you know it better.'],
      [60, 'l', "I'm going to pass you over to Ana, our patents specialist."],
      [65, 's', 'Chat transferred from Jo to Ana', { event: 'transfer', to: 'ana' }],
      [70, 'l', 'Hi, Ana here. One moment while I pull up the classification.', { authorId: 'ana', author: 'Ana Ruiz' }],
    ],
    exp: { 'transfer.handoff': 'pass', 'referral.contact': 'na' },
  },

  // ---- paraphrases, and words that only look like a behaviour ---------------------------------
  {
    name: 'paraphrases: "Is that everything for today?", "just let me know" order',
    lines: [
      [0, 'p', 'whats the wifi password at the library'],
      [20, 'l', "Hello! I'm Ruth, a librarian at the Main Library. Which branch are you at?"],
      [40, 'p', 'main'],
      [50, 'l', 'The network is Library-Guest and needs no password; the help page on our website shows the steps under Services > Wi-Fi. Has that helped at all?'],
      [70, 'p', 'yes'],
      [80, 'l', 'If you need anything else, just let me know.'],
      [100, 'p', 'ok'],
      [110, 'l', 'Thanks for chatting!'],
    ],
    exp: { 'followup.completeness': 'pass', 'closing.anything_else': 'pass', 'closing.courteous': 'pass' },
  },
  {
    name: 'paraphrase: "Is that everything for today?" asks whether anything else is needed',
    lines: [
      [0, 'p', 'can i renew my card online'],
      [20, 'l', "Hi, Ola at the library here. Yes: log in to My Account on our website and choose Renew Card under the Settings tab. Did that do the trick?"],
      [40, 'p', 'yep done'],
      [50, 'l', 'Is that everything for today?'],
      [60, 'p', 'yes'],
      [70, 'l', 'Goodbye!'],
    ],
    exp: { 'closing.anything_else': 'pass', 'followup.completeness': 'pass' },
  },
  {
    name: 'not a dismissal: "other people" in an answer, "I\'m busy with another patron, one moment"',
    lines: [
      [0, 'p', 'is the new Sally Rooney any good'],
      [20, 'l', "Hi, I'm Jo from the library. Sorry, I'm busy with another patron, one moment please."],
      [60, 'l', 'You can see what other people thought of it on Goodreads (goodreads.com), and we have it in the catalog.'],
      [80, 'p', 'ok thanks'],
      [90, 'l', 'Enjoy the book!'],
    ],
    exp: { 'closing.no_dismissal': 'pass', 'info.source': 'pass' },
  },
  {
    name: 'not self-identification: "ask at the information desk" in the second message',
    lines: [
      [0, 'p', 'where do i pay a fine'],
      [15, 'l', 'Hi there!'],
      [30, 'l', 'Have you tried asking at the information desk of your local branch?'],
      [50, 'p', 'no'],
      [60, 'l', 'They can take payment there. Bye!'],
    ],
    exp: { 'approachability.greeting': 'fail' },
  },
  {
    name: 'not a completeness question: "Hope this helps!" only hopes',
    lines: [
      [0, 'p', 'when was the library founded'],
      [20, 'l', "Hello, I'm Jo from the library. It opened in 1886; the history page on our website covers it under About > Our History. Hope this helps!"],
      [40, 'p', 'thanks'],
      [50, 'l', 'Bye!'],
    ],
    exp: { 'followup.completeness': 'fail', 'info.source': 'pass' },
  },
];

describeSessions('sessions in styles the devset does not show', cases);
