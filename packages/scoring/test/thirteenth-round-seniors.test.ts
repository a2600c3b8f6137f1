/**
 * Thirteenth round, area (N3): OLDER PATRONS AND ACCESSIBILITY. Seniors who type slowly (long gaps, one question
 * spread over several short messages, all caps, no punctuation, typos), patrons who use a screen reader or dictation
 * (transcription slips, "period" and "comma" written out, "punto" in Spanish), homebound delivery, large print,
 * talking books and the National Library Service (a state's talking book library), accessible formats, caregivers
 * who ask for a parent, spouse or aunt, Medicare and benefits questions routed to the agency that can answer them
 * (SHIP counsellors, Social Security, the Eldercare Locator), patrons who ask the provider to repeat or slow down,
 * providers who check in patiently on a slow patron, and sessions that end because the patron got tired.
 * Voices: public libraries in the US and Canada, a state library's talking book service, statewide cooperatives
 * (AskColorado, KnowItNow, Ask a Librarian Delaware / Florida / Virginia / Arizona); some Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (also at the cases):
 * - a patron who spreads one question over several messages starts waiting on the provider at the first of them;
 *   the later fragments do not restart it, so a provider who waits silently for the patron to finish typing for
 *   more than 120 s fails `interest.keep_informed`, and any provider message ("take your time, I'm reading along")
 *   ends the span even though it is no hold;
 * - "Take your time, I'm right here" and "I'm still here whenever you're ready" do not ask whether the patron is
 *   still there (no check-in); "Are you still with me, Mrs. Okafor? No rush at all." does;
 * - "I'll close this chat so you can rest" announces the end without saying the patron seems gone (no notice);
 * - an app named with no way to reach it ("the BARD Mobile app") is no source (RUBRIC.md: "an organisation or app
 *   named without a way to reach it is not a source"); "1-800-MEDICARE" is a phone number written in letters;
 * - "ask your eye doctor to sign the form" tells the patron to ask a person outside the chat: a referral (as L2 read
 *   "your pharmacist can tell you"); a state's talking book library the patron is told to apply through is one too;
 * - inviting the patron back to the same service ("you can reach us at 1-800-…") is no referral;
 * - "Does that make sense?", "Did that work?", "Did I explain that clearly enough?" ask whether what was given
 *   meets the need (completeness), as L6 read "Did you understand?";
 * - a patron who says "I'm tired, I'll come back tomorrow" is not explicitly done; "thats all period" is;
 * - a postal address is no e-mail or phone: a follow-up promised by mail has no known patron contact.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_LIB, FU_ME, type Line, type SessionCase, some, sys, usual, who } from './helpers';

export const whole: SessionCase[] = [
  // ---- slow typists, all caps, several short messages ---------------------------------------------------------------
  {
    name: 'all caps, one question over two messages, long gaps on the patron\'s side; patient provider, "Take your time, I\'ll wait" while the patron places a hold: every check passes',
    lines: [
      [0, 'p', 'HELLO'],
      [20, 'l', 'Hi there! This is Carol, a librarian at Dayton Metro Library. How can I help you today?'],
      [95, 'p', 'I WANT THE NEW DEBBIE MACOMBER BOOK'],
      [130, 'p', 'IN THE BIG PRINT'],
      [140, 'l', 'Of course! Do you mean her newest novel, the one that came out this fall, or a particular title?'],
      [260, 'p', 'THE NEWEST ONE I DONT KNOW THE NAME'],
      [270, 'l', 'One moment while I look that up for you.'],
      [330, 'l', 'Her newest novel is in our catalog at daytonmetrolibrary.org: search Macomber and choose Large Print under Format. The large print copy has 4 holds ahead of you. Does that answer your question?'],
      [480, 'p', 'YES PLEASE HOW DO I DO THE HOLD'],
      [490, 'l', "Sure. Click the title, then the green Place Hold button, then type your library card number and your PIN (usually the last 4 digits of your phone number). Take your time, I'll wait."],
      [700, 'p', 'OK I DID IT IT SAYS HOLD PLACED'],
      [710, 'l', "Wonderful, you did it! We'll call you when it's ready to pick up. Is there anything else I can help you with today?"],
      [800, 'p', 'NO THATS ALL THANK YOU HONEY'],
      [810, 'l', "You're very welcome. Enjoy the book, and thanks for chatting with Dayton Metro Library!"],
    ],
    exp: usual(),
  },
  {
    // reading: the patron's later fragments do not restart the wait that began at "I have a question"
    name: 'one question typed over three messages in 140 s; the provider waits silently and answers 150 s after the first: keep_informed fails; Newark Free Library with its phone: referral passes',
    lines: [
      [0, 'p', 'hello'],
      [15, 'l', 'Hello! This is Nadia at Ask a Librarian Delaware. How can I help you today?'],
      [60, 'p', 'I have a question'],
      [130, 'p', 'about my library card'],
      [200, 'p', 'it expired and I cant get to the library because I had a hip replacement'],
      [210, 'l', "I'm sorry about your hip, I hope the recovery is going well! Which library is your card from?"],
      [300, 'p', 'Newark'],
      [310, 'l', "Delaware cards can be renewed by phone: call the Newark Free Library at 302-731-7550 and they'll renew it with your address over the phone. Did that answer your question?"],
      [420, 'p', 'yes. thank you that is all'],
      [428, 'l', "You're so welcome. Feel better soon, and thanks for using Ask a Librarian Delaware!"],
    ],
    exp: usual({ informed: 'fail', referral: 'pass' }),
  },
  {
    name: 'the bookmobile schedule answered at once with no question, "THANK YOU", then "You\'re welcome! Anything else I can help with?" and 200 s of silence: clarify, completeness, courteous, check-in and notice fail',
    lines: [
      [0, 'p', 'WHAT DAY DOES THE BOOKMOBILE COME TO SUNRISE MANOR SENIOR APTS'],
      [50, 'l', 'Hi, this is Paul at Las Vegas-Clark County Library District. The Outreach bookmobile stops at Sunrise Manor Senior Apartments every other Tuesday from 10 to 11:30; the next visit is March 10. The full schedule is at lvccld.org/bookmobile.'],
      [200, 'p', 'THANK YOU'],
      [210, 'l', "You're welcome! Anything else I can help with?"],
    ],
    over: { endAfter: 200 },
    exp: usual({ clarify: 'fail', complete: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'large print cookbooks: a hold ("Let me search the catalog for you.") followed by 192 s of silence: keep_informed fails; "Would either of those work for you?" asks about what was given',
    lines: [
      [0, 'p', 'do you have any large print cookbooks for diabetics'],
      [30, 'l', "Hello! I'm Kim, a librarian at the Indianapolis Public Library. Are you looking for something to borrow, or to buy?"],
      [100, 'p', 'borrow'],
      [108, 'l', 'Let me search the catalog for you.'],
      [300, 'l', 'We have two in large print: "The Diabetes Cookbook" from the American Diabetes Association, and "Diabetic Cooking for Seniors". Both are on the shelf at Central, and you can place holds at indypl.org/catalog. Would either of those work for you?'],
      [390, 'p', 'the first one'],
      [400, 'l', 'Great choice. Click Place Hold on its catalog page and sign in with your card. Anything else today?'],
      [470, 'p', 'no thank you'],
      [480, 'l', "You're welcome, happy cooking! Thanks for contacting IndyPL."],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'slow patron: hello, then the question 3 minutes later and "sorry i type slow"; the provider answers each within a minute: all pass, patron done "that will be all"',
    lines: [
      [0, 'p', 'hello is this the library'],
      [30, 'l', "Yes it is! Hi, I'm Luis with the Fresno County Public Library. What can I help you with?"],
      [210, 'p', 'i got a letter that says my books are overdue but i returned them at the senior center'],
      [250, 'p', 'sorry i type slow'],
      [262, 'l', 'No need to apologize! Do you remember about when you dropped them off, and was it in the library book bin at the center?'],
      [400, 'p', 'last tuesday in the blue bin by the front door'],
      [410, 'l', "Thank you. The Senior Center bin is emptied on Fridays, so they may not have been checked in yet. Give me a minute to look at your account's notes."],
      [480, 'l', 'They were checked in this morning, so the notice no longer applies; you can see your account any time at fresnolibrary.org under My Account. Does that clear it up?'],
      [620, 'p', 'yes it does thank you that will be all'],
      [630, 'l', 'Wonderful! Have a lovely afternoon, and thank you for letting us know.'],
    ],
    exp: usual(),
  },

  // ---- dictation and screen readers --------------------------------------------------------------------------------
  {
    name: 'dictated messages ("period", "comma", "question mark"): talking books by mail from the Colorado Talking Book Library with its phone: referral passes; "thats all I needed" ends it',
    lines: [
      [0, 'p', 'hello period my name is Walter and I am losing my eyesight from macular degeneration period my daughter set up this talking thing for me period'],
      [40, 'l', "Hello Walter, welcome to AskColorado. I'm Dana, a librarian with the statewide service. I'm sorry to hear about your eyesight. What would you like help with today?"],
      [150, 'p', 'I used to read a lot of westerns comma Louis l amour and such period is there a way to get them read out loud question mark'],
      [165, 'l', "There is! Do you have a smartphone or computer you're comfortable using, or would you prefer something that comes in the mail?"],
      [290, 'p', 'the mail would be better period I am not good with the phone apps'],
      [300, 'l', "Then the Colorado Talking Book Library is the place for you. It's free for anyone who can't read standard print because of vision loss: they mail you a player and audiobook cartridges, postage free, and you mail them back. Call them at 303-727-9277 (toll free 1-800-685-2136) and they'll send the application, or apply online at myctbl.org. Does that sound like what you're looking for?"],
      [470, 'p', 'yes that sounds wonderful period is there a form to fill out question mark'],
      [480, 'l', 'Yes, one page, and part of it certifies your vision loss; the instructions for that part come with the application. Does that answer your question?'],
      [600, 'p', 'yes thank you period I will call them tomorrow period thats all I needed'],
      [612, 'l', 'Wonderful, Walter. Enjoy those westerns, and thank you for using AskColorado!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'screen reader (JAWS): an unlabelled Place Hold button, a hold while the provider tries it, a workaround, "can you repeat the part after press B" and numbered steps: every check passes',
    lines: [
      [0, 'p', "Hi I'm blind and use JAWS. The Place hold button in your catalog doesn't get read out, it just says button."],
      [22, 'l', 'Hi, thanks for letting us know. This is Mira, a librarian at Austin Public Library. Which title are you trying to place a hold on, and are you using Chrome or Edge?'],
      [110, 'p', 'Edge. its the new Louise Penny'],
      [118, 'l', 'Thanks. One moment while I try it with a screen reader on my end.'],
      [200, 'l', "I can reproduce it; that button is missing its label, and I'm reporting it to our web team. A workaround: after the title heading, press B to jump to buttons; the second one is Place Hold. Press Enter, then Tab to Submit Hold. Our accessibility page, library.austintexas.gov/accessibility, also lists a phone line that places holds for you. Does that work for you?"],
      [330, 'p', 'can you repeat the part after press B'],
      [340, 'l', 'Of course. 1. Press B twice. 2. Press Enter. 3. Press Tab once. 4. Press Enter again on Submit Hold.'],
      [470, 'p', 'got it the hold is placed. thats all I needed, thank you Mira'],
      [480, 'l', 'Wonderful! Thank you for your patience, and for telling us about the button. Have a good evening.'],
    ],
    exp: usual(),
  },
  {
    name: 'dictation slip ("the night in gale by Kristen Hannah"): the provider restates the title as a question, gives the CD audiobook, offers more help but never asks whether it answered: completeness fails',
    lines: [
      [0, 'p', 'I would like the book the night in gale by Kristen Hannah on the CDs'],
      [25, 'l', 'Good morning! Elena here, from Sacramento Public Library. Do you mean The Nightingale by Kristin Hannah, the World War II novel?'],
      [140, 'p', 'yes that one my granddaughter says it is good'],
      [150, 'l', 'We have it as an audiobook on CD: 4 copies, 2 on the shelf at Arcade branch. You can place a hold at saclibrary.org and pick it up at any branch. Is there anything else I can help you with?'],
      [260, 'p', 'no thank you'],
      [266, 'l', 'Bye now, enjoy the book!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    name: 'Spanish dictation ("punto"): a husband with glaucoma, the Texas Talking Book Program with phone and URL: referral passes; "si gracias es todo" ends it',
    lines: [
      [0, 'p', 'hola punto mi esposo tiene glaucoma y ya no puede leer el periodico punto hay libros grabados en espanol'],
      [50, 'l', '¡Hola! Le saluda Gabriela, bibliotecaria del servicio Pregúntele al Bibliotecario. Lamento lo de su esposo. ¿En qué estado viven, para indicarle la biblioteca que le corresponde?'],
      [180, 'p', 'en Texas en el Paso'],
      [190, 'l', 'Gracias. El Programa de Libros Parlantes de la Biblioteca Estatal de Texas presta audiolibros y un reproductor gratis, también en español, a personas que no pueden leer la letra impresa. Llame al 1-800-252-9605 (tienen personal que habla español) o visite tsl.texas.gov/tbp para la solicitud. ¿Esto es lo que buscaba?'],
      [330, 'p', 'si gracias es todo'],
      [340, 'l', '¡Con gusto! Que su esposo disfrute sus libros. Gracias por escribirnos.'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- caregivers, homebound delivery, talking book services ---------------------------------------------------------
  {
    name: 'Spanish caregiver for her 84-year-old mother: home delivery through the library\'s Extension Services with phone and URL: referral passes; provider asks "¿Hay algo más…?"',
    lines: [
      [0, 'p', 'Buenas tardes. Le escribo por mi mamá, tiene 84 años y ya no puede salir de la casa. Le gusta mucho leer novelas en español.'],
      [35, 'l', '¡Buenas tardes! Le atiende Lucía, bibliotecaria de la Biblioteca Pública de San Antonio. ¿Su mamá vive dentro de la ciudad de San Antonio y tiene tarjeta de la biblioteca?'],
      [110, 'p', 'Si vive en el lado oeste. No se si tiene tarjeta, creo que se le vencio'],
      [120, 'l', 'Gracias. Tenemos un servicio de entrega a domicilio para personas que no pueden salir de casa: le enviamos libros, también en letra grande y en español, sin costo. Para inscribirla, llame al departamento de Servicios de Extensión al 210-207-2630 o llene el formulario en mysapl.org/domicilio; ellos también le renuevan la tarjeta. ¿Le sirve esta información?'],
      [240, 'p', 'Si mucho. Y tienen audiolibros en español? Ella ve poco'],
      [250, 'l', 'Sí, el servicio también le puede enviar audiolibros en CD en español; solo dígalo cuando llame. ¿Hay algo más en que le pueda ayudar?'],
      [330, 'p', 'No, es todo, muchas gracias'],
      [338, 'l', '¡Con mucho gusto! Que su mamá disfrute sus libros. Gracias por comunicarse con la biblioteca.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "someone from our Homebound Services team will give you a call" is a follow-up promise with no time
    name: 'spouse with Parkinson\'s: Michigan\'s Braille and Talking Book Library with phone, and "someone from our Homebound Services team will give you a call" (no when) under code Answered: code and contact fail, on_time pending',
    lines: [
      [0, 'p', 'MY WIFE HAS PARKINSONS AND CANT HOLD A BOOK ANYMORE. WHAT CAN THE LIBRARY DO'],
      [45, 'l', "Hello, this is Glen from the Kalamazoo Public Library. I'm sorry to hear that. Would she prefer listening to books, or is it more that she needs help holding and turning pages?"],
      [200, 'p', 'LISTENING I THINK. SHE CANT GET OUT OF THE HOUSE EITHER'],
      [215, 'l', "Then two things may help. Michigan's Braille and Talking Book Library lends free players and audiobooks to people who can't hold a book because of a physical disability; call them at 1-800-992-9012. And our Homebound Services team can bring audiobooks on CD to your home. Can I have a phone number so they can reach you?"],
      [330, 'p', '269 555 0148'],
      [340, 'l', 'Got it, 269-555-0148. Someone from our Homebound Services team will give you a call to set up deliveries. Does that help?'],
      [420, 'p', 'YES THANK YOU'],
      [428, 'l', "You're welcome! Take good care, both of you."],
    ],
    exp: usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending', referral: 'pass' }),
  },
  {
    name: 'caregiver for a homebound father: large print cozy mysteries, the list promised by e-mail "by Thursday afternoon" to an address repeated back; Follow-up by me, done after 50 h: contact and on_time pass; no completeness question',
    lines: [
      [0, 'p', "Hi, I'm writing for my father who is 93 and homebound. He loves cozy mysteries in large print but has read everything on the cart at his assisted living."],
      [28, 'l', "Hi! I'm Pat, a readers' advisory librarian at Pikes Peak Library District. Does he have a favorite author or series we can start from?"],
      [120, 'p', 'He loved Agatha Christie and the Cat Who books'],
      [130, 'l', "Thanks! To start, Carolyn Hart's Death on Demand series and Rita Mae Brown's Mrs. Murphy books are both in large print in our catalog at ppld.org. I'd like to put together a fuller list of large print series we own, which takes longer than a chat. Could I e-mail it to you?"],
      [200, 'p', "yes that would be great, it's rdelgado@example.org"],
      [210, 'l', "Thank you, that's rdelgado@example.org. I'll e-mail you the list by Thursday afternoon, with catalog links so you can place holds. Is there anything else I can help with?"],
      [260, 'p', "no that's all, thank you so much"],
      [268, 'l', 'My pleasure. Thanks for reaching out, and I hope he enjoys them!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(268 + 50 * 3600), by: 'jo', note: 'sent large print series list' }] },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'statewide service for another library: home delivery in Mesa, the question forwarded and "someone from their outreach team will call you within two business days" to a phone repeated back; Follow-up by patron\'s library: contact passes, on_time pending',
    lines: [
      [0, 'p', 'hello I am 82 and cant drive anymore. Does the Mesa library bring books to your house'],
      [40, 'l', "Hello! I'm Liz, a librarian with Arizona's statewide Ask a Librarian service; I'm not at the Mesa library itself, but I can help. Do you live within Mesa city limits?"],
      [170, 'p', 'yes near the Red Mountain branch'],
      [180, 'l', 'Thank you. Mesa Public Library does offer home delivery for residents who can\'t get to a branch; the details are on mesalibrary.org under Services > Home Delivery. Signing up needs a staff member to talk with you, so I can forward your question to their outreach staff. What\'s the best phone number for them to call you?'],
      [300, 'p', '480 555 0171 i dont do email'],
      [310, 'l', "That's 480-555-0171. I've sent your request to Mesa Public Library, and someone from their outreach team will call you within two business days. Did that answer your question?"],
      [420, 'p', 'yes thank you very much young lady'],
      [430, 'l', "You're very welcome! Thanks for using Ask a Librarian, and happy reading."],
    ],
    over: FU_LIB,
    exp: usual({ anything: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'state talking book library itself: a player that beeps three times, steps and the player guide URL, "Are you still there? Take all the time you need." mid-chat, the patron comes back "worn out for today": all pass; "you can reach us at …" is no referral',
    lines: [
      [0, 'p', 'my talking book machine wont play the new cartridge'],
      [25, 'l', "Good morning, this is Renee at the Washington Talking Book & Braille Library. I'm sorry it's giving you trouble. When you put the cartridge in, does the machine say anything, or is it completely silent?"],
      [190, 'p', 'it beeps 3 times'],
      [200, 'l', 'Thank you. Three beeps usually means the cartridge is not all the way in. Take it out, turn it so the label faces up, and push it in firmly until it clicks, then press the square green Play button. The steps are also in the player guide at wtbbl.org/player-help. Did that work?'],
      [320, 'l', 'Are you still there? Take all the time you need.'],
      [400, 'p', 'SORRY I DROPPED IT. it clicked and now its talking'],
      [410, 'l', "Wonderful! Glad it's working. Is there anything else I can help with today?"],
      [470, 'p', 'no im worn out for today thank you'],
      [478, 'l', "You're welcome. Rest up and enjoy your book! You can reach us at 1-800-542-0866 anytime. Goodbye!"],
    ],
    exp: usual(),
  },
  {
    name: 'KnowItNow transfers a patron registering her aunt to the Ohio Library for the Blind and Print Disabled on chat, with an internal note saying why and a visible announcement: transfer passes',
    lines: [
      [0, 'p', 'I want to sign up my aunt for the books on tape from the state, the ones for blind people'],
      [30, 'l', 'Hi! This is Ben with KnowItNow, Ohio\'s 24/7 reference service. Is your aunt in Ohio, and does she have a library card already?'],
      [130, 'p', 'yes in Toledo. she has a card'],
      [140, 'l', "Thanks! The Ohio Library for the Blind and Print Disabled runs that service, and one of their staff is on chat right now. I'm going to transfer you to her so she can help with the application; one moment please."],
      [145, 'i', 'Sharon, transferring a patron registering her aunt in Toledo for talking books; she needs the application.'],
      [150, 's', 'Chat transferred to Sharon Keys', sys('transfer', 'sk')],
      [175, 'l', "Hi, this is Sharon with the Ohio Library for the Blind and Print Disabled. The application is at olbpd.org/apply: your aunt or a family member fills it in, and the last page is a short certification of her vision. Is that what you needed?", who('Sharon Keys', 'sk')],
      [300, 'p', "yes thank you, that's everything"],
      [310, 'l', "You're welcome! Thanks for contacting us, and welcome to your aunt.", who('Sharon Keys', 'sk')],
    ],
    exp: usual({ transfer: 'pass' }),
  },

  // ---- Medicare and benefits -------------------------------------------------------------------------------------
  {
    name: 'Medicare Part D with typos ("compair", "webstie"): a hold, then SHINE through the Elder Helpline and 1-800-MEDICARE with numbers: referral passes; anything else never asked',
    lines: [
      [0, 'p', 'i need help with medicar part d i am 66 and my plan is going up'],
      [30, 'l', "Hi, welcome to Ask a Librarian! I'm Marcus, a librarian at Broward County Library. Are you trying to compare Part D drug plans for next year, or is it a question about what you're paying now?"],
      [140, 'p', 'compair plans for next yr'],
      [175, 'p', 'i dont understand the webstie'],
      [185, 'l', 'That site is confusing for a lot of people. Let me find the best help for you, one moment.'],
      [245, 'l', 'Florida has free, unbiased Medicare counselors through SHINE (Serving Health Insurance Needs of Elders). A trained volunteer will go over the Part D plans with you, by phone or in person, using your own list of medicines. Call the Elder Helpline at 1-800-963-5337 to set up an appointment. You can also call 1-800-MEDICARE (1-800-633-4227) any time, day or night. Does that help?'],
      [400, 'p', 'yes i wil call the 800 numbr thank you'],
      [410, 'l', 'Good luck with the plans! Open enrollment ends December 7, so call soon. Thanks for chatting with us, take care.'],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'near miss: a new address for Social Security checks, "You\'ll need to contact Social Security to change it" with no way to reach them and no source: source and referral fail; "Does that help?" follows an answer',
    lines: [
      [0, 'p', 'how do i change my address for my social security check'],
      [35, 'l', 'Hello, this is Beth at Cuyahoga County Public Library. Did you move recently, or are you only changing where your mail goes?'],
      [150, 'p', 'MOVED TO MY SONS IN PARMA'],
      [160, 'l', "You'll need to contact Social Security to change it; they don't let anyone else do it for you. Does that help?"],
      [260, 'p', 'ok'],
      [266, 'l', 'Anything else I can help with?'],
      [330, 'p', 'no'],
      [336, 'l', 'Take care, and enjoy being near your son!'],
    ],
    exp: usual({ source: 'fail', referral: 'fail' }),
  },
  {
    // reading: "She can also apply at the Bath County Department of Social Services in person" tells her to visit an agency
    name: 'a grandmother\'s heating bill: the Eldercare Locator with phone and URL, and "apply at the Bath County Department of Social Services in person" with no way to reach it: referral fails',
    lines: [
      [0, 'p', "hi im asking for my grandma she's 79 and needs help paying her heating bill, she lives in rural virginia"],
      [35, 'l', "Hi! Thanks for reaching out to Virginia's Ask a Librarian; I'm Tess. Which county does she live in?"],
      [110, 'p', 'bath county'],
      [120, 'l', 'Thanks, give me a moment to find the right office.'],
      [200, 'l', "Virginia's Energy Assistance Program helps with heating bills. Her local Area Agency on Aging can help her apply: find it through the Eldercare Locator at 1-800-677-1116 or eldercare.acl.gov. She can also apply at the Bath County Department of Social Services in person. Does that help?"],
      [330, 'p', 'yes thanks'],
      [340, 'l', "You're welcome! Is there anything else I can help with?"],
      [400, 'p', 'no thats it'],
      [405, 'l', 'Take care, and best wishes to your grandma!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Medicare Savings Program: "I can\'t tell you which you qualify for", the SHIP locator at shiphelp.org, a patient "Still with me?" while the patron reads, patron done: referral passes',
    lines: [
      [0, 'p', 'My friend at church said there is a program that pays the Medicare premium for people on a small income. How do I find out if I can get it'],
      [40, 'l', "Good afternoon! I'm Frances, a reference librarian at the Wichita Public Library. Are you asking about the Part B premium that comes out of your Social Security check?"],
      [190, 'p', 'yes thats the one 185 dollars'],
      [200, 'l', "That sounds like a Medicare Savings Program. I can't tell you whether you qualify, but Kansas has free Medicare counselors (SHICK) who can. Find the counselor nearest you at shiphelp.org, or call 1-800-860-5260. The income limits are explained on medicare.gov under Medicare Savings Programs. Is that what you were looking for?"],
      [350, 'l', 'Still with me? No hurry, I know that was a lot.'],
      [390, 'p', 'yes sorry i was writing down the number. that is all i need today'],
      [400, 'l', 'Perfect. Good luck, and thank you for chatting with Wichita Public Library!'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- patrons who tire, and idle endings ----------------------------------------------------------------------
  {
    name: 'a 1958 yearbook: a partial result that says the search goes on is a hold, then the scan; the patron\'s eyes are tired, "I will come back to it tomorrow" is not done: anything else fails',
    lines: [
      [0, 'p', 'Good morning. I need to find my high school yearbook from 1958 Central High in Little Rock'],
      [30, 'l', "Good morning! I'm Joan, a librarian at the Central Arkansas Library System. Is it the Little Rock Central High School yearbook, the Pix?"],
      [180, 'p', 'yes I graduated in 1958'],
      [190, 'l', "Congratulations! The Butler Center at the Roberts Library has Central High's yearbooks, and some are scanned. Let me check whether 1958 is one of them."],
      [260, 'l', "1958 is scanned! It's in the CALS digital collections at cals.org/digital under Yearbooks; search Pix 1958. Does that help?"],
      [420, 'p', 'I found it but my eyes are tired now. I will come back to it tomorrow with my grandson'],
      [430, 'l', 'That sounds like a lovely thing to do together. Thank you for chatting with us, and enjoy the memories!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'the patron tires and goes quiet after the answer: "Are you still with me?" then "I haven\'t heard back … you may have stepped away. I\'ll close this chat now…" (idle 300 s): both pass',
    lines: [
      [0, 'p', 'Good afternoon. I am 88 years old and I would like to know if the library still has the large print Readers Digest'],
      [40, 'l', "Good afternoon! You've reached Ottawa Public Library's chat, this is Sandeep. Do you mean the Reader's Digest magazine in large print, or the Select Editions books?"],
      [230, 'p', 'the magazine'],
      [240, 'l', "Yes, we subscribe to Reader's Digest Large Print. Current issues are at the Main branch and at Nepean Centrepointe, and you can place a hold on back issues through the catalogue at biblioottawalibrary.ca. Is that what you were looking for?"],
      [420, 'l', 'Are you still with me?'],
      [540, 'l', "I haven't heard back in a little while, so it looks like you may have stepped away. I'll close this chat now. Please come back any time, thank you for chatting with Ottawa Public Library!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: "Take your time, I'm right here whenever you're ready." neither asks whether the patron is there nor says they seem gone
    name: 'near miss: a final idle of 240 s with only "Take your time, I\'m right here whenever you\'re ready." (no question): check-in and notice fail; courteous fails',
    lines: [
      [0, 'p', 'can i get the newspaper in bigger letters on the computer'],
      [30, 'l', 'Hi, this is Grace with the Hamilton Public Library. Which newspaper do you like to read, the Spectator?'],
      [160, 'p', 'yes the spec'],
      [170, 'l', 'You can read the Hamilton Spectator free with your card on PressReader (hpl.ca/pressreader), and it has a zoom button, the magnifying glass, that makes the print as big as you like. Would you like me to walk you through signing in?'],
      [290, 'l', "Take your time, I'm right here whenever you're ready."],
    ],
    over: { endAfter: 120 },
    exp: usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'the patron leaves before pickup ("NEVER MIND"); pickup at 170 s, a check-in and a notice (idle 210 s from the greeting); Lost Call with three patron messages: code fails; information checks na',
    lines: [
      [0, 'p', 'HELLO IS ANYBODY THERE'],
      [70, 'p', 'I NEED TO RENEW MY BOOKS'],
      [150, 'p', 'NEVER MIND'],
      [155, 's', 'Patron has left the chat.', sys('patron_left')],
      [170, 'l', 'Hi, this is Omar at Louisville Free Public Library. Sorry for the wait! How can I help?'],
      [300, 'l', 'Are you still there?'],
      [380, 'l', "It looks like you've left the chat, so I'll end this session. Please come back anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ pickup: 'fail', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass', code: 'fail' }),
  },
  {
    // reading: "I'll close this chat so you can rest" announces the end but does not say the patron seems to have gone
    name: 'near miss: "Are you still there, Mr. Haskins?" then "I\'m going to close this chat now so you can rest. Call us anytime at …" (idle 260 s): check-in passes, notice fails',
    lines: [
      [0, 'p', 'i want to learn to use email my kids live far away'],
      [40, 'l', "Hello Mr. Haskins, I'm Brenda, a librarian at Toledo Lucas County Public Library. Do you have a computer at home, or would you be coming to a branch?"],
      [170, 'p', 'i have a tablet'],
      [180, 'l', 'Then our free Tech Help for Seniors sessions are perfect: one-on-one, bring your tablet. The schedule and sign-up are at toledolibrary.org/techhelp, or call 419-259-5200 to book one. Does that sound helpful?'],
      [320, 'l', 'Are you still there, Mr. Haskins?'],
      [440, 'l', "I'm going to close this chat now so you can rest. Call us anytime at 419-259-5200. Take care!"],
    ],
    // reading: "call 419-259-5200 to book one" tells the patron to contact the provider's own library's service: a referral, with a phone
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'fail', referral: 'pass' }),
  },

  // ---- repeating, slowing down, dismissals ---------------------------------------------------------------------
  {
    name: 'Libby on an iPad, "can you go slower", then "I\'ve already explained this three times and I have other patrons to help, so I\'m going to end the chat now." and "Goodbye.": dismissal fails; courteous passes',
    lines: [
      [0, 'p', 'how do i get the books on my ipad'],
      [30, 'l', 'Hi, this is Trevor at Multnomah County Library. Are you hoping to read e-books or listen to audiobooks?'],
      [150, 'p', 'read them'],
      [160, 'l', 'Download the Libby app from the App Store, open it, find Multnomah County Library and sign in with your card number and PIN. The full steps are at multcolib.org/libby. Does that make sense?'],
      [300, 'p', "i'm sorry can you go slower i didnt get the part after app store"],
      [310, 'l', "Open Libby, tap 'Find My Library', type Multnomah, then tap 'Sign In With My Card'."],
      [470, 'p', 'where is find my library'],
      [480, 'l', "I've already explained this three times and I have other patrons to help, so I'm going to end the chat now."],
      [485, 'l', 'Goodbye.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'the same lesson ended politely: "I have a couple of other patrons waiting, so I need to wrap up, but please chat back anytime or call … and we\'ll go step by step": no dismissal; referral to the Tech Help desk with phone passes',
    lines: [
      [0, 'p', 'my grandson put libby on my phone but i cant find where the books are'],
      [30, 'l', 'Hi! This is Trevor at Multnomah County Library. Have you signed in with your library card yet, or does it still ask you to find your library?'],
      [150, 'p', 'it has my card i think'],
      [160, 'l', "Good! Tap the word Library at the bottom of the screen; that's where the books are. Our Libby help page, multcolib.org/libby, has pictures of each screen. Did that help?"],
      [300, 'p', 'i see the library button now. how do i borrow one'],
      [310, 'l', 'Tap a book cover, then tap Borrow, then Borrow! again.'],
      [470, 'p', 'it says place hold not borrow'],
      [480, 'l', "That means all our copies are out; tap Place Hold and Libby will tell you when it's your turn. I have a couple of other patrons waiting, so I need to wrap up, but please chat back anytime, or call our Tech Help desk at 503-988-5123 and they'll go step by step with you. Thank you for your patience!"],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    name: '"you are going too fast for me dear": the provider sends one step at a time and asks "Did I explain that clearly enough?" before anything else; patron done',
    lines: [
      [0, 'p', 'I need to print my boarding pass at the library how do I do that'],
      [35, 'l', 'Hi, this is Sam at Kitsap Regional Library. Are you printing from your own e-mail on a library computer?'],
      [140, 'p', 'yes at the poulsbo one'],
      [150, 'l', "Log in to a computer with your card, open your airline's e-mail, click Print, choose KRL-Public, then pay 10 cents a page at the release station. The steps are at krl.org/print."],
      [260, 'p', 'you are going too fast for me dear'],
      [270, 'l', 'Sorry about that! Step 1: sit at any computer and type your library card number to log in.'],
      [380, 'p', 'ok'],
      [390, 'l', "Step 2: open your e-mail and find the airline's message, then click Print and choose KRL-Public. Step 3: at the release station by the desk, tap your card and pay 10 cents a page. Did I explain that clearly enough?"],
      [520, 'p', 'yes that was better thank you. that is everything'],
      [530, 'l', 'Have a wonderful trip, and thanks for chatting with Kitsap Regional Library!'],
    ],
    exp: usual(),
  },
  {
    name: 'greeting without an identification ("Hi! How can I help?" then "Let me look."), then a large print answer; the patron says "THATS ALL THANKS"',
    lines: [
      [0, 'p', 'DO YOU HAVE THE LARGE PRINT CROSSWORD BOOKS'],
      [20, 'l', 'Hi! How can I help?'],
      [60, 'p', 'THE CROSSWORD BOOKS IN LARGE PRINT'],
      [70, 'l', 'Let me look.'],
      [130, 'l', 'Yes, we have 12 large print crossword and puzzle books in the catalog at sjpl.org; search "large print crossword". Are you looking for a particular one?'],
      [250, 'p', 'NO ANY IS FINE THATS ALL THANKS'],
      [258, 'l', 'Great, enjoy! Bye.'],
    ],
    exp: usual({ greeting: 'fail', clarify: 'fail', complete: 'fail' }),
  },
];

// ---- short cases: a few checks each -----------------------------------------------------------------------------
const HI: Line[] = [
  [0, 'p', 'hello i need help with the talking books'],
  [25, 'l', "Hello, this is Deb with the Talking Book and Braille Service at the State Library. Are you already a patron with us, or would you like to sign up?"],
  [150, 'p', 'i want to sign up'],
];

export const short: SessionCase[] = [
  // patrons saying they are done
  {
    name: 'all caps "THATS ALL I NEEDED THANK YOU" says the patron is done',
    lines: [...HI, [160, 'l', 'The application is at library.example.gov/tbbs/apply. Does that help?'], [300, 'p', 'THATS ALL I NEEDED THANK YOU'], [310, 'l', 'You are welcome, take care!']],
    exp: some({ anything: 'pass', courteous: 'pass' }),
  },
  {
    name: 'dictated "no that is all I need period thank you period" says the patron is done',
    lines: [...HI, [160, 'l', 'The application is at library.example.gov/tbbs/apply. Does that help?'], [300, 'p', 'yes period no that is all I need period thank you period'], [310, 'l', 'Goodbye, and happy listening!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: "ok thank you dear" alone does not say the patron is done',
    lines: [...HI, [160, 'l', 'The application is at library.example.gov/tbbs/apply. Does that help?'], [300, 'p', 'ok thank you dear'], [310, 'l', 'Take care!']],
    exp: some({ anything: 'fail' }),
  },
  {
    // reading: tired and leaving for now is not "I'm done", explicitly
    name: 'near miss: "im getting tired ill have my daughter finish it tomorrow" does not say the patron is done',
    lines: [...HI, [160, 'l', 'The application is at library.example.gov/tbbs/apply. Does that help?'], [300, 'p', 'im getting tired ill have my daughter finish it tomorrow'], [310, 'l', 'Of course. Thank you, and rest well!']],
    exp: some({ anything: 'fail', courteous: 'pass' }),
  },
  {
    name: 'Spanish "ya no tengo más preguntas, gracias" says the patron is done',
    lines: [
      [0, 'p', 'tienen libros de letra grande en español'],
      [30, 'l', 'Hola, le saluda Rosa de la Biblioteca Pública de Tucson. ¿Busca novelas o algún tema en particular?'],
      [140, 'p', 'novelas'],
      [150, 'l', 'Tenemos unas 60 novelas en letra grande en español; búsquelas en el catálogo en library.pima.gov con "letra grande". ¿Le sirve?'],
      [290, 'p', 'si, ya no tengo más preguntas, gracias'],
      [300, 'l', '¡Que las disfrute!'],
    ],
    exp: some({ anything: 'pass', complete: 'pass' }),
  },

  // check-ins and notices for slow patrons
  {
    name: '"Are you still with me, Mrs. Okafor? No rush at all." in a final idle of 150 s asks whether she is there',
    lines: [...HI, [160, 'l', 'Wonderful. Do you have someone who can help you fill in the paper form, or would you like us to mail you one?'], [280, 'l', 'Are you still with me, Mrs. Okafor? No rush at all.']],
    over: { endAfter: 30 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    // reading: "I'm still here whenever you're ready" says the provider is there; it asks nothing of the patron
    name: 'near miss: "No hurry! I\'m still here whenever you\'re ready." in a final idle of 150 s is no check-in',
    lines: [...HI, [160, 'l', 'Wonderful. Do you have someone who can help you fill in the paper form, or would you like us to mail you one?'], [280, 'l', "No hurry! I'm still here whenever you're ready."]],
    over: { endAfter: 30 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  {
    name: '"r u still there? take ur time" typed without capitals in a final idle of 140 s is a check-in',
    lines: [...HI, [160, 'l', 'ok great, do u want the form mailed or emailed?'], [270, 'l', 'r u still there? take ur time']],
    over: { endAfter: 30 },
    exp: some({ idle: 'pass' }),
  },
  {
    name: 'a notice for a tired patron: "It seems you may have stepped away, so I\'ll close the chat now. Please call us at … anytime." after a check-in (idle 260 s): both pass',
    lines: [...HI, [160, 'l', 'Wonderful. Would you like the application mailed to you?'], [290, 'l', 'Hello, are you still there?'], [420, 'l', "It seems you may have stepped away, so I'll close the chat now. Please call us at 1-800-555-0134 anytime."]],
    exp: some({ idle: 'pass', disconnect: 'pass', courteous: 'pass' }),
  },
  {
    name: 'a patron who said "hold on let me get my glasses" and never came back: the provider\'s next message starts the final idle; check-in only (idle 170 s): disconnect na',
    lines: [...HI, [160, 'l', 'Wonderful. What is your mailing address, so we can send the application?'], [200, 'p', 'hold on let me get my glasses'], [210, 'l', 'Of course, take your time.'], [330, 'l', 'Are you still there?']],
    over: { endAfter: 50 },
    exp: some({ idle: 'pass', disconnect: 'na', informed: 'pass' }),
  },

  // waiting on the provider
  {
    // reading: any provider message ends the wait, even one that is no hold
    name: 'fragments over 150 s, but the provider wrote "Take your time, I\'m reading along" 90 s in: keep_informed passes',
    lines: [
      [0, 'p', 'good morning'],
      [20, 'l', 'Good morning! This is Ruth at Ask a Librarian Delaware. What can I do for you?'],
      [60, 'p', 'my husband passed last year'],
      [150, 'l', "I'm so sorry for your loss. Take your time, I'm reading along."],
      [200, 'p', 'and I need to find his obituary from the News Journal for the insurance'],
      [210, 'l', "Do you know the month it ran? The News Journal's obituaries are on legacy.com/us/obituaries/delawareonline, searchable by name."],
    ],
    // reading: the question inside the first message that gives a source is not asked before it (v11's reading)
    exp: some({ informed: 'pass', clarify: 'fail' }),
  },
  {
    name: 'an internal message does not end the wait: the provider asks a colleague for 150 s about a large print order: keep_informed fails',
    lines: [
      [0, 'p', 'when will the large print of the new john grisham come in'],
      [25, 'l', "Hi, I'm Al at Tulsa City-County Library. Is it the one that came out last month?"],
      [100, 'p', 'yes'],
      [130, 'i', 'Kay, do you know if the LP Grisham is on order yet?'],
      [250, 'l', "It's on order and should arrive in about 3 weeks; you can already place a hold at tulsalibrary.org. Does that help?"],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    name: '"Bear with me, hon, I\'m pulling up the large print list" is a hold: the answer 100 s later passes',
    lines: [
      [0, 'p', 'ANY NEW WESTERNS IN LARGE PRINT'],
      [20, 'l', "Hi, Maggie here at the Billings Public Library! Any favorite authors, or just new ones?"],
      [130, 'p', 'NEW ONES'],
      [140, 'l', "Bear with me, hon, I'm pulling up the large print list."],
      [240, 'p', 'OK'],
      [250, 'l', 'Our new large print westerns are on the New Arrivals list at billingslibrary.org/newlp: five this month, two by William W. Johnstone. Does that help?'],
    ],
    exp: some({ informed: 'pass' }),
  },

  // sources and referrals
  {
    name: 'near miss: "Download the BARD Mobile app and sign in" names an app with no way to reach it: no source',
    lines: [...HI, [160, 'l', 'Once you are signed up, download the BARD Mobile app and sign in with the password we send you. Does that help?'], [280, 'p', 'yes'], [290, 'l', 'Goodbye!']],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'BARD with its address ("nlsbard.loc.gov") is a source',
    lines: [...HI, [160, 'l', 'Once you are signed up, you can download books yourself from BARD at nlsbard.loc.gov. Does that help?'], [280, 'p', 'yes'], [290, 'l', 'Goodbye!']],
    exp: some({ source: 'pass' }),
  },
  {
    name: '"our large print collection in the catalog" names the catalogue: a source',
    lines: [
      [0, 'p', 'where are the big print books'],
      [20, 'l', 'Hello, this is Mark at Ames Public Library. Are you looking for something to read in the library, or to take home?'],
      [120, 'p', 'take home'],
      [130, 'l', 'Our large print collection is on the first floor by the windows, and you can browse all of it in the catalog by choosing Large Print under Format. Does that help?'],
    ],
    exp: some({ source: 'pass' }),
  },
  {
    // reading: a state's talking book library the patron must apply through is an organisation they are told to contact
    name: 'near miss: "You\'ll need to apply through your state\'s talking book library." gives no way to reach it: referral fails',
    lines: [
      [0, 'p', 'my mother is going blind can she get audiobooks for free'],
      [30, 'l', 'Hello, this is Tom at Ask a Librarian. Which state does she live in?'],
      [140, 'p', 'new mexico'],
      [150, 'l', "Yes, through the National Library Service for the Blind and Print Disabled, which is free. You'll need to apply through your state's talking book library. Does that help?"],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"call the New Mexico State Library for the Blind and Print Disabled at 1-800-456-5515" gives a way to reach it: referral passes',
    lines: [
      [0, 'p', 'my mother is going blind can she get audiobooks for free'],
      [30, 'l', 'Hello, this is Tom at Ask a Librarian. Which state does she live in?'],
      [140, 'p', 'new mexico'],
      [150, 'l', 'Yes, it is free. Call the New Mexico State Library for the Blind and Print Disabled at 1-800-456-5515 and they will mail her the application. Does that help?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    // reading: "ask your eye doctor to sign" tells the patron to ask a person outside the chat (L2's "your pharmacist can tell you")
    name: 'near miss: "Ask your eye doctor to sign page 3." refers the patron to a person with no way to reach them: referral fails',
    lines: [...HI, [160, 'l', 'The application is at library.example.gov/tbbs/apply. Ask your eye doctor to sign page 3, then mail it back to us. Does that help?']],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    // reading: "1-800-MEDICARE" is a phone number, written in letters
    name: '"Call 1-800-MEDICARE any time" gives Medicare with a phone number in letters: referral passes',
    lines: [
      [0, 'p', 'i lost my medicare card how do i get a new one'],
      [30, 'l', 'Hi, this is Joy at Spokane Public Library. Is it the red, white and blue Medicare card?'],
      [120, 'p', 'yes'],
      [130, 'l', 'Call 1-800-MEDICARE any time, day or night, and they will mail you a new one. Does that help?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'Spanish: "Llame al Seguro Social al 1-800-772-1213" refers with a phone: referral passes',
    lines: [
      [0, 'p', 'como cambio mi dirección para el cheque del seguro social'],
      [30, 'l', 'Hola, le saluda Mario de la Biblioteca del Condado de Los Ángeles. ¿Se mudó hace poco?'],
      [140, 'p', 'si'],
      [150, 'l', 'Llame al Seguro Social al 1-800-772-1213 y pida el cambio de dirección; también se puede hacer en ssa.gov/espanol. ¿Le sirve?'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'near miss: "Your local SHIP counselor can go over the plans with you." with no way to reach them: referral fails',
    lines: [
      [0, 'p', 'which medicare supplement plan is best'],
      [30, 'l', "Hi, this is Anne at Boise Public Library. Are you new to Medicare this year?"],
      [140, 'p', 'yes turning 65 in june'],
      [150, 'l', "I can't recommend a plan, but the Medicare & You handbook explains the supplement plans side by side. Your local SHIP counselor can go over the plans with you. Does that help?"],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // relabelled after the first run: the library's own site, given in the message, is a URL by which its Homebound
    // Services can be reached (RUBRIC.md: "a way to reach them (e-mail, phone, postal address or URL)")
    name: '"Just give our Homebound Services folks a call" after "the details are on columbuslibrary.org": the library\'s URL reaches its department: referral passes',
    lines: [
      [0, 'p', 'my dad cant leave the house can you bring him books'],
      [30, 'l', 'Hi! This is Kay at Columbus Metropolitan Library. Does he live in Franklin County?'],
      [140, 'p', 'yes in Hilliard'],
      [150, 'l', "Yes, we deliver to homebound patrons in Franklin County; the details are on columbuslibrary.org. Just give our Homebound Services folks a call and they'll set it up. Does that help?"],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'near miss: "Just give our Homebound Services folks a call and they\'ll set it up." with no number or URL anywhere: referral fails',
    lines: [
      [0, 'p', 'my dad cant leave the house can you bring him books'],
      [30, 'l', 'Hi! This is Kay at Columbus Metropolitan Library. Does he live in Franklin County?'],
      [140, 'p', 'yes in Hilliard'],
      [150, 'l', "Yes, we deliver to homebound patrons in Franklin County. Just give our Homebound Services folks a call and they'll set it up. Does that help?"],
    ],
    exp: some({ referral: 'fail' }),
  },

  // dismissals
  {
    name: 'dismissal: "Ma\'am, we\'ve been at this for 40 minutes and I have to help others now. Goodbye." offers no way back',
    lines: [...HI, [160, 'l', 'The application is at library.example.gov/tbbs/apply.'], [300, 'p', 'i dont see it can you say again'], [310, 'l', "Ma'am, we've been at this for 40 minutes and I have to help others now. Goodbye."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'no dismissal: "Others are waiting, so I\'ll stop here, but call us at 1-800-555-0134 tomorrow and we\'ll fill it out together over the phone."',
    lines: [...HI, [160, 'l', 'The application is at library.example.gov/tbbs/apply.'], [300, 'p', 'i dont see it can you say again'], [310, 'l', "Others are waiting, so I'll stop here, but call us at 1-800-555-0134 tomorrow and we'll fill it out together over the phone. Thank you!"]],
    exp: some({ dismissal: 'pass' }),
  },

  // completeness and clarifying
  {
    name: '"Does that make sense?" after the answer asks whether it meets the need',
    lines: [...HI, [160, 'l', 'The application is at library.example.gov/tbbs/apply; print it, fill it in and mail it back to us. Does that make sense?']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "Would large print be easier for you than audio?" asks about something not given: no completeness, but it clarifies',
    lines: [
      [0, 'p', 'my eyes are getting bad what books can i get'],
      [25, 'l', 'Hi, Jo at Sample County Library here. Would large print be easier for you than audio?'],
      [140, 'p', 'large print'],
      [150, 'l', 'We have about 4,000 large print books; browse them in the catalog at samplelib.org under Format.'],
    ],
    exp: some({ complete: 'fail', clarify: 'pass' }),
  },
  {
    name: '"Is this for yourself or for someone you care for?" asks about the patron\'s situation: clarifies',
    lines: [
      [0, 'p', 'how do you sign up for the books by mail'],
      [25, 'l', 'Hello! This is Ray with the Pioneer Library System. Is this for yourself or for someone you care for?'],
      [140, 'p', 'for my mother'],
      [150, 'l', 'The Books by Mail form is at pioneerlibrarysystem.org/booksbymail; she can sign up if she cannot get to a branch. Does that help?'],
    ],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    name: 'greeting from a talking book service: "Good morning, Talking Book and Braille Service, this is Deb." greets and identifies',
    lines: [[0, 'p', 'is this the talking book place'], [20, 'l', 'Good morning, Talking Book and Braille Service, this is Deb. What can I help you with?']],
    exp: some({ greeting: 'pass' }),
  },

  // follow-ups
  {
    // reading: a postal address is no e-mail or phone
    name: 'Follow-up by me with the schedule promised by mail "by Friday" to a postal address only: code and contact fail (no e-mail or phone known)',
    lines: [
      [0, 'p', 'i dont have a computer can you mail me the large print book club schedule'],
      [30, 'l', "Hi, this is Nora at the Des Moines Public Library. Of course! What's your mailing address?"],
      [180, 'p', '1412 Grand Ave Apt 3 Des Moines 50309'],
      [190, 'l', "Thank you, 1412 Grand Ave Apt 3, 50309. I'll mail you the schedule by Friday. Anything else?"],
      [260, 'p', 'no thats all'],
      [266, 'l', 'Take care!'],
    ],
    over: FU_ME,
    exp: some({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'Follow-up by me: "I\'ll call you back tomorrow morning at 555-0193" to a number the patron gave: contact passes',
    lines: [
      [0, 'p', 'can someone help me set up my new kindle with the library'],
      [30, 'l', 'Hi, Jo at Sample County Library here. Is it a Kindle Paperwhite or a Kindle Fire?'],
      [150, 'p', 'paperwhite. i would rather talk on the phone my number is 319 555 0193'],
      [160, 'l', "Of course. I'll call you back tomorrow morning at 319-555-0193 and we'll set it up together."],
      [250, 'p', 'thank you that is all'],
      [256, 'l', 'Talk to you tomorrow!'],
    ],
    over: FU_ME,
    exp: some({ code: 'pass', contact: 'pass', onTime: 'pending' }),
  },
  // (left in v13, fixed in v23 by X1 completeness: "clear enough to read on your screen" asks about the print)
  {
    // Why it was left (fixed since): v12's families already read "Is this clear enough…?" as a completeness question; whether a question about
    // the legibility of the chat asks about what was given is arguable, and narrowing an older family is out of this round's scope.
    // reading: a question about whether the chat's text can be read is no question about the information
    name: 'near miss: "Is this clear enough to read on your screen?" asks about the print, not what was given: completeness fails',
    lines: [...HI, [160, 'l', 'The application is at library.example.gov/tbbs/apply. Is this clear enough to read on your screen?']],
    exp: some({ complete: 'fail' }),
  },
];

/** Near misses that guard v13 N3's widenings (each must still not match, or must still match, as labelled). */
export const guards: SessionCase[] = [
  {
    name: 'a pickup notice is no follow-up: "We\'ll call you when it\'s ready to pick up." under Answered: code passes, contact na',
    lines: [...HI, [160, 'l', 'I placed the hold for you at the Main branch. We\'ll call you when it\'s ready to pick up. Anything else?'], [260, 'p', 'no thats all'], [266, 'l', 'Bye now!']],
    exp: some({ code: 'pass', contact: 'na', onTime: 'na' }),
  },
  {
    name: 'near miss: "I\'ll e-mail you the list when it\'s ready." still promises a follow-up: code fails under Answered',
    lines: [...HI, [160, 'l', "I'm putting together a list of large print westerns for you. I'll e-mail you the list when it's ready. Anything else?"], [260, 'p', 'no thats all'], [266, 'l', 'Bye now!']],
    exp: some({ code: 'fail', onTime: 'pending' }),
  },
  {
    name: 'near miss: "Call us at 503-988-5123 to renew it before Friday." invites no one back: courteous fails',
    lines: [...HI, [160, 'l', 'Your card expired in January.'], [170, 'l', 'Call us at 503-988-5123 to renew it before Friday.']],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: '"Text me at 555-0101 again if the link doesn\'t open." invites the patron back: courteous passes',
    lines: [...HI, [160, 'l', 'The application is at library.example.gov/tbbs/apply.'], [170, 'l', "Text me at 555-0101 again if the link doesn't open."]],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'near miss: "Did we explain the fees when you signed up, or is this new to you?" asks about the past, not what was given: completeness fails',
    lines: [...HI, [160, 'l', 'There is no fee for the talking book service. Did we explain the fees when you signed up, or is this new to you?']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"Was that slow enough for you?" after the steps asks about what was given: completeness passes',
    lines: [...HI, [160, 'l', 'Step 1: open library.example.gov/tbbs/apply. Step 2: print it. Step 3: mail it to us. Was that slow enough for you?']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'a caregiver\'s "Is that the kind of thing she needs?" after the answer still asks about what was given: completeness passes',
    lines: [
      [0, 'p', 'my mother is in a nursing home and cant see well, what can she read'],
      [30, 'l', 'Hi, this is Ana at Salem Public Library. Does she prefer listening, or reading large print?'],
      [140, 'p', 'listening'],
      [150, 'l', 'Our Books by Mail service sends audiobooks on CD to nursing homes: salemlibrary.org/bym. Is that the kind of thing she needs?'],
    ],
    exp: some({ complete: 'pass', clarify: 'pass' }),
  },
  {
    name: 'near miss: the patron\'s own phone read back "I have your address as 12 Oak St and your phone as 319-555-0101" is no source',
    lines: [...HI, [160, 'l', 'Thanks! I have your address as 12 Oak St and your phone as 319-555-0101.'], [260, 'p', 'yes'], [266, 'l', 'Good, thank you!']],
    exp: some({ source: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
];

describe('thirteenth round (N3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirteenth round (N3): older patrons and accessibility, every check', whole);
describeSessions('thirteenth round (N3): older patrons and accessibility, short cases', short);
describeSessions('thirteenth round (N3): older patrons and accessibility, near misses of the fixes', guards);

describeLeft('thirteenth-round-seniors', LEFT);
