import type { Tpl } from './ctx';

/**
 * Behaviour phrasings, several per behaviour, per language. Pools are kept clean on purpose:
 * no hold or goodbye phrase asks a question, no goodbye asks "anything else", no hold thanks
 * the patron, so that a session shows a behaviour only when its plan says so.
 */
export interface Phrases {
  /** greeting and self-identification in one message */
  greetFull: Tpl[];
  /** greeting with no name, library or service (first half of a split greeting, or a failing one) */
  greetOnly: Tpl[];
  /** identification with no greeting word */
  identOnly: Tpl[];
  /** "how can I help?" appended when the patron opened with only "hi" */
  howHelp: Tpl[];
  /** safe clarifying questions (neither greet nor identify), each with patron answers */
  genericClarify: [Tpl, Tpl[]][];
  hold: Tpl[];
  holdUpdate: Tpl[];
  completeness: Tpl[];
  completeYes: Tpl[];
  anythingElse: Tpl[];
  patronNo: Tpl[];
  patronDone: Tpl[];
  patronThanks: Tpl[];
  goodbye: Tpl[];
  /** announces the end without thanking or inviting back */
  closeNoCourtesy: Tpl[];
  checkIn: Tpl[];
  /** disconnect notice that also invites back (a goodbye), without asking */
  disconnect: Tpl[];
  /** check-in and disconnect notice in one message */
  checkInDisconnect: Tpl[];
  /** critical: ends the help for the provider's convenience */
  dismiss: Tpl[];
  /** allowed: other patrons waiting, come back later */
  othersWaiting: Tpl[];
  patronExtraAsk: Tpl[];
  /** a new, unrelated question (the kind that leads to "other patrons are waiting") */
  unrelatedAsk: Tpl[];
  referWith: ((who: string, contact: string) => string)[];
  referWithout: ((who: string) => string)[];
  transferInternal: Tpl[];
  transferAccept: Tpl[];
  transferNotice: Tpl[];
  transferGreet: Tpl[];
  followOffer: Tpl[];
  followLibraryOffer: Tpl[];
  patronGivesEmail: Tpl[];
  patronGivesPhone: Tpl[];
  patronAgrees: Tpl[];
  /** contact repeated back and a date given */
  followConfirm: Tpl[];
  followConfirmPhone: Tpl[];
  /** contact repeated back, no date */
  followConfirmNoDate: Tpl[];
  /** date given, contact never mentioned in the chat */
  followNoContact: Tpl[];
  followLibraryConfirm: Tpl[];
  /** a non-hold provider remark before the patron goes quiet */
  idleLead: Tpl[];
  patronHello: Tpl[];
  patronStillThere: Tpl[];
  patronGiveUp: Tpl[];
  smallTalkPatron: Tpl[];
  smallTalkProvider: Tpl[];
}

export const EN: Phrases = {
  greetFull: [
    (c) => `Hello and welcome to AskUsNow! My name is ${c.me} and I'm a librarian with ${c.lib.name}.`,
    (c) => `Hi, I'm ${c.me}, a librarian at ${c.lib.name}. Thanks for your question!`,
    (c) => `Good ${c.pod}! This is ${c.me} from ${c.lib.short}. I'd be glad to help.`,
    (c) => `Hi there, thanks for contacting AskUsNow! I'm ${c.me} at ${c.lib.name}.`,
    (c) => `Welcome to AskUsNow! ${c.me} here, one of the librarians at ${c.lib.short}.`,
    (c) => `Hello! You've reached ${c.me}, a reference librarian with ${c.lib.name}.`,
    (c) => `Hi! ${c.me} from ${c.lib.short} here, happy to help with this.`,
    (c) => `Good ${c.pod} and thanks for chatting with AskUsNow! I'm ${c.me}, a librarian at ${c.lib.short}.`,
    (c) => `Hello, this is ${c.me} with ${c.lib.name}. Welcome!`,
  ],
  greetOnly: ['Hi there!', 'Hello!', (c) => `Good ${c.pod}!`, 'Hi, welcome!', 'Hello, happy to help.', 'Hi, nice to meet you!'],
  identOnly: [
    (c) => `${c.me} at ${c.lib.name} here.`,
    (c) => `This is ${c.me}, a librarian at ${c.lib.short}.`,
    (c) => `${c.me} from ${c.lib.short} picking up your question.`,
    (c) => `You're chatting with ${c.me} at ${c.lib.short}.`,
  ],
  howHelp: ['How can I help you today?', 'How can I help?', 'How may I help you?'],
  genericClarify: [
    ['Can you tell me a little more about what you need?', ['just the basics really', 'whatever you can find', 'something i can read today']],
    ['Is this for a class assignment or for personal use?', ['personal', 'for a class', 'for work actually']],
    ['Do you need this by a particular date?', ['by friday', 'no rush', 'today if possible']],
    ['What have you tried so far?', ['just google', 'nothing yet', 'i looked on the website but got lost']],
    ['Are you looking for something online, or would a print copy work too?', ['online please', 'either is fine', 'print is ok']],
    ['Just so I understand, what will you be using this for?', ['a presentation', 'just curious', 'for my job']],
  ],
  hold: [
    'One moment while I look that up.',
    'Let me check on that for you.',
    'Give me a minute to look into it.',
    'Bear with me while I search.',
    'Let me take a look, just a moment.',
    "I'm searching now, one moment please.",
    'Let me pull that up.',
    'Hang on a sec while I check.',
    'Let me see what I can find.',
  ],
  holdUpdate: [
    'Still looking, almost there.',
    "I'm still searching, I found a couple of leads and I'm checking one more place.",
    'Bear with me, this is taking a little longer than I expected.',
    'Still working on it, one more minute.',
    "I'm still here and still searching.",
  ],
  completeness: [
    'Does this completely answer your question?',
    'Is that what you were looking for?',
    'Did that help?',
    'Does that give you what you need?',
    'Does that answer your question?',
    'Is this the kind of information you needed?',
  ],
  completeYes: ['yes thank you', 'yes!', 'yep thats it', 'I think so, yes', "yes that's perfect", 'yes, very helpful', 'it does', 'yes this is great'],
  anythingElse: [
    'Is there anything else I can help you with today?',
    'Anything else I can help with?',
    'Can I help you with anything else?',
    'Is there anything else you need today?',
    'Is there anything more I can look up for you?',
  ],
  patronNo: ["no that's all, thanks!", 'nope thats everything', "no that's all I needed", "no thank you, that's it", 'no thats all', 'nope, all set'],
  patronDone: ["thanks, that's all I needed!", "perfect, that's everything. thank you", 'great, no more questions', 'that is all i needed thx', "that's everything I needed, thank you!"],
  patronThanks: ['ok thanks', 'thank you!', 'thx', 'great, thanks so much', 'ok', 'awesome thank you', 'cool', 'ok will do', 'thanks!!'],
  goodbye: [
    "You're welcome! Thanks for using AskUsNow!",
    'Have a great day!',
    'Glad I could help. Take care!',
    'Good luck, and feel free to come back anytime.',
    "You're very welcome. Goodbye!",
    'My pleasure! Chat with us again anytime.',
    (c) => `Thanks for chatting, have a good ${c.pod}!`,
    "You're welcome, good luck with it!",
    'Happy to help. Bye for now!',
  ],
  closeNoCourtesy: ["OK, I'm going to close this chat now.", 'Ending the session now.', "OK. I'll close this chat."],
  checkIn: ['Are you still there?', 'Hi, are you still with me?', 'Just checking, are you still there?', 'Are you still there? Let me know if you have questions about that.'],
  disconnect: [
    "It looks like you've been disconnected, so I'm going to end this session now. Feel free to chat with us again anytime!",
    "I haven't heard from you in a few minutes, so it seems we got disconnected. I'll close this chat, but please come back anytime.",
    "It seems you've stepped away or lost the connection, so I'll end the chat now. You're welcome to start a new one whenever you like.",
  ],
  checkInDisconnect: [
    "Are you still there? It looks like we may have been disconnected, so I'll close this chat shortly. You're welcome to start a new one anytime.",
    "Are you still with me? If I don't hear back, I'll assume you've been disconnected and end this session. Please come back anytime!",
  ],
  dismiss: [
    'Your time is up. Please log off now so I can help someone else.',
    "You've asked too many questions for one chat. We only answer three questions per session. Goodbye.",
    "I can't keep doing this one, I've spent enough time on your questions. Ending the chat now.",
    "That's the limit of questions for one session. I'm closing this chat.",
    "Sorry, your time is up. I have other people to help.",
  ],
  othersWaiting: [
    'There are several other patrons waiting right now, so I need to wrap up here. Please log back on later if you need more help with the rest, and thanks for your patience!',
    "I'm going to let you go for now because other people are waiting in the queue, but you're welcome to start a new chat anytime for your other questions. Thanks!",
    'Other patrons are waiting for help, so I have to end here. Please come back later and we will be glad to help with the rest. Take care!',
  ],
  patronExtraAsk: ['ok and one more thing', 'also can i ask something else', 'wait i have another question', 'ok next question'],
  unrelatedAsk: [
    'do you have museum passes I can borrow',
    'and how do i get a card for my husband',
    'also what are your hours on sunday',
    'also can you look up a phone number for the MVA',
    'and where can I find a copy of the county budget',
    'also my printer at home wont connect to wifi, can you help',
  ],
  referWith: [
    (who, contact) => `For help with the next step, I'd recommend contacting ${who} at ${contact}.`,
    (who, contact) => `You could also get in touch with ${who} (${contact}); they handle exactly this kind of question.`,
    (who, contact) => `The best people to ask about that part are ${who}. You can reach them at ${contact}.`,
  ],
  referWithout: [
    (who) => `You'd want to contact ${who} about that part.`,
    (who) => `I'd suggest asking ${who}, they should be able to tell you.`,
    (who) => `For that, your best bet is to get in touch with ${who}.`,
  ],
  transferInternal: [
    (c) => `${c.colleague}, could you take this one? The patron needs help with ${c.label} and you know it much better than I do.`,
    (c) => `Hi ${c.colleague}, can I transfer a ${c.label} question to you? I'm at the end of my shift.`,
    (c) => `${c.colleague}, patron from ${c.plib.short} asking about ${c.label}. You have access to their account tools, could you take it?`,
  ],
  transferAccept: ['Sure, send it over.', 'Yes, I can take it.', 'Got it, transfer away.', 'Sure thing.'],
  transferNotice: [
    (c) => `I'm going to transfer you to my colleague ${c.colleague}, who knows ${c.label} very well. One moment!`,
    (c) => `I'm handing you over to ${c.colleague}, who can help with this better than I can. Please hold on.`,
    (c) => `My colleague ${c.colleague} will take it from here. Transferring you now, just a moment.`,
  ],
  transferGreet: [
    (c) => `Hi, this is ${c.me}. I've read the conversation so far.`,
    (c) => `Hello, ${c.me} here, I'm picking this up from my colleague.`,
    (c) => `Hi! I'm ${c.me} at ${c.lib.short}. I can see what you've discussed.`,
  ],
  followOffer: [
    "This will take more digging than I can do in a chat. I can keep looking after we finish and e-mail you what I find. Would that work?",
    "I'd like to check a few more sources that take longer to search. Could I send you the results by e-mail?",
    "I'll need to check some things that aren't online. I can follow up with you after the chat if that's OK.",
  ],
  followLibraryOffer: [
    (c) => `Staff at ${c.plib.name} can check their local files, which I can't reach from here. I'll forward your question to them and someone there will contact you. OK?`,
    (c) => `I'll pass your question on to the reference staff at ${c.plib.short}, who can look into it further and contact you.`,
    (c) => `Staff at the ${c.branch} branch know this subject well, so I'll pass your question to ${c.plib.short} and someone from your library will get back to you. Is that alright?`,
  ],
  patronGivesEmail: [(c) => `sure, my email is ${c.email}`, (c) => `yes please. ${c.email}`, (c) => `that would be great! ${c.email}`, (c) => `ok its ${c.email}`],
  patronGivesPhone: [(c) => `can you call me instead? ${c.phone}`, (c) => `i dont really use email, my cell is ${c.phone}`],
  patronAgrees: ['yes that works', 'ok sure', 'that would be great', 'yes please'],
  followConfirm: [
    (c) => `Great, I have ${c.email}. I'll send you what I find ${c.when}.`,
    (c) => `Just to confirm, I have ${c.email}. You'll hear from me ${c.when}.`,
    (c) => `Got it: ${c.email}. Expect an e-mail from me ${c.when}.`,
  ],
  followConfirmPhone: [(c) => `No problem, I'll call you at ${c.phone} ${c.when}.`, (c) => `Got it, ${c.phone}. I'll give you a call ${c.when}.`],
  followConfirmNoDate: [(c) => `OK, I have ${c.email}. I'll send it once I've found it.`, (c) => `Got it, ${c.email}. I'll e-mail you when I have something.`],
  followNoContact: [
    (c) => `I'll e-mail you at the address on your chat form ${c.when}.`,
    (c) => `I'll get back to you ${c.when} at the address you gave when you started the chat.`,
  ],
  followLibraryConfirm: [
    (c) => `I've noted ${c.email}. Someone from ${c.plib.short} will contact you ${c.when}.`,
    (c) => `Noted: ${c.email}. Your library's reference staff will be in touch ${c.when}.`,
  ],
  idleLead: [
    'Great! You can also save the results to a folder so they are easy to find later.',
    'Glad that works. The same page has more examples if you need them.',
    'Good. If you get stuck on the next step, let me know.',
    'Sounds good. That page is worth bookmarking.',
  ],
  patronHello: ['hello?', 'is anyone there?', 'hellooo', 'anyone?'],
  patronStillThere: ['hello?', 'r u still there', 'still there?'],
  patronGiveUp: ['guess not. nevermind', 'ok ill try later', 'forget it', 'nvm'],
  smallTalkPatron: ['sorry my internet is slow today', 'sorry, my kid was asking me something', 'one sec, phone call', 'sorry im on my phone so typing is slow'],
  smallTalkProvider: ['No problem at all.', 'No worries.', "That's OK, no rush.", 'No problem.'],
};

export const ES: Phrases = {
  greetFull: [
    (c) => `¡Hola! Bienvenido a AskUsNow! Me llamo ${c.me} y le atiendo desde ${c.lib.name}.`,
    (c) => `Hola, soy ${c.me}, del equipo de referencia de ${c.lib.short}. ¡Gracias por su pregunta!`,
    (c) => `Hello! Soy ${c.me}, de ${c.lib.name}. Con gusto le ayudo en español.`,
  ],
  greetOnly: ['¡Hola!', 'Hola, buenas.', '¡Buenas tardes!'],
  identOnly: [(c) => `Le atiende ${c.me}, de ${c.lib.short}.`, (c) => `Soy ${c.me}, de ${c.lib.name}.`],
  howHelp: ['¿En qué le puedo ayudar?', '¿Cómo le puedo ayudar hoy?'],
  genericClarify: [
    ['¿Me puede dar un poco más de información?', ['solo lo básico', 'lo que pueda encontrar']],
    ['¿Es para una tarea o para uso personal?', ['personal', 'para una tarea']],
    ['¿Para cuándo lo necesita?', ['para el viernes', 'no hay prisa']],
  ],
  hold: ['Un momento mientras lo busco.', 'Déjeme revisar, un momento por favor.', 'Permítame un minuto para buscarlo.'],
  holdUpdate: ['Sigo buscando, ya casi.', 'Todavía estoy buscando, un minuto más.'],
  completeness: ['¿Esto responde completamente a su pregunta?', '¿Es lo que buscaba?', '¿Le sirvió esta información?'],
  completeYes: ['sí, gracias', 'si perfecto', 'sí, eso era', 'creo que sí'],
  anythingElse: ['¿Hay algo más en que le pueda ayudar?', '¿Necesita algo más?', '¿Le puedo ayudar con otra cosa?'],
  patronNo: ['no, eso es todo, gracias', 'no gracias, es todo', 'nada más'],
  patronDone: ['muchas gracias, eso es todo lo que necesitaba', 'perfecto, era todo. gracias'],
  patronThanks: ['ok gracias', 'muchas gracias!', 'gracias', 'ok'],
  goodbye: ['¡De nada! Gracias por usar AskUsNow!. Que tenga un buen día.', '¡Con mucho gusto! Vuelva cuando quiera.', 'De nada, ¡hasta luego!'],
  closeNoCourtesy: ['Voy a cerrar el chat ahora.', 'Cierro la sesión.'],
  checkIn: ['¿Sigue ahí?', '¿Todavía está conectado?'],
  disconnect: ['Parece que se ha desconectado, así que voy a cerrar esta sesión. ¡Vuelva cuando quiera!', 'No he recibido respuesta, parece que perdimos la conexión. Cerraré el chat, pero puede volver a escribirnos cuando guste.'],
  checkInDisconnect: ['¿Sigue ahí? Parece que se desconectó, así que cerraré este chat en un momento. Puede iniciar otro cuando quiera.'],
  dismiss: ['Se le acabó el tiempo. Por favor cierre la sesión para que pueda atender a otra persona.', 'Ya hizo demasiadas preguntas para un solo chat. Adiós.'],
  othersWaiting: ['Hay otras personas esperando, así que tengo que terminar aquí. Por favor vuelva más tarde si necesita más ayuda. ¡Gracias por su paciencia!'],
  patronExtraAsk: ['y otra pregunta', 'también quería preguntar otra cosa'],
  unrelatedAsk: ['¿y a qué hora cierran hoy?', '¿tienen clases de computación?'],
  referWith: [
    (who, contact) => `Para el siguiente paso le recomiendo comunicarse con ${who}: ${contact}.`,
    (who, contact) => `También puede contactar a ${who} (${contact}).`,
  ],
  referWithout: [(who) => `Para eso tendría que comunicarse con ${who}.`, (who) => `Le sugiero preguntar en ${who}.`],
  transferInternal: [(c) => `${c.colleague}, ¿puedes tomar este chat? Es en español, sobre ${c.label}.`, (c) => `${c.colleague}, patron who prefers Spanish asking about ${c.label}. Can you take it?`],
  transferAccept: ['Claro, pásamelo.', 'Sure, send it over.'],
  transferNotice: [(c) => `Le voy a transferir con mi colega ${c.colleague}, que le puede ayudar mejor. Un momento, por favor.`],
  transferGreet: [(c) => `Hola, soy ${c.me}. Ya leí la conversación.`, (c) => `Hola, le saluda ${c.me}. Sigo con su pregunta.`],
  followOffer: ['Esto requiere más búsqueda de la que puedo hacer en el chat. ¿Le puedo enviar lo que encuentre por correo electrónico?', 'Voy a seguir buscando después del chat y le puedo enviar lo que encuentre.'],
  followLibraryOffer: [
    (c) => `El personal de ${c.plib.name} puede revisar sus archivos locales. Voy a enviarles su pregunta y alguien de su biblioteca se comunicará con usted. ¿Está bien?`,
    (c) => `Voy a enviar su pregunta al personal de ${c.plib.short}, que puede investigarla mejor.`,
  ],
  patronGivesEmail: [(c) => `sí, mi correo es ${c.email}`, (c) => `claro, ${c.email}`],
  patronGivesPhone: [(c) => `mejor llámeme al ${c.phone}`],
  patronAgrees: ['sí, está bien', 'claro que sí'],
  followConfirm: [(c) => `Perfecto, tengo ${c.email}. Le enviaré la información ${c.when}.`],
  followConfirmPhone: [(c) => `Muy bien, le llamaré al ${c.phone} ${c.when}.`],
  followConfirmNoDate: [(c) => `Bien, tengo ${c.email}. Le escribiré cuando lo encuentre.`],
  followNoContact: [(c) => `Le escribiré al correo de su formulario ${c.when}.`],
  followLibraryConfirm: [(c) => `Anoté ${c.email}. Alguien de ${c.plib.short} se comunicará con usted ${c.when}.`],
  idleLead: ['Muy bien. Si tiene problemas con el siguiente paso, me avisa.', 'Perfecto. Vale la pena guardar esa página.'],
  patronHello: ['hola?', 'hay alguien?'],
  patronStillThere: ['hola?', 'sigue ahí?'],
  patronGiveUp: ['bueno, luego vuelvo', 'olvídelo'],
  smallTalkPatron: ['perdón, mi internet está lento', 'perdón, estoy en el celular'],
  smallTalkProvider: ['No se preocupe.', 'No hay problema.'],
};

/** Deadline phrases for a promised follow-up. */
export const WHEN_EN = ['by tomorrow afternoon', 'by the end of the day tomorrow', 'within 72 hours', 'by Friday', 'within the next two days', 'by Thursday at the latest', 'tomorrow morning'];
export const WHEN_ES = ['mañana por la tarde', 'dentro de 72 horas', 'antes del viernes', 'en los próximos dos días'];
