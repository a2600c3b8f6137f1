/**
 * Eighteenth round, area (S3): HOUSING AND UTILITIES. Tenants' rights and repairs, eviction notices, rent and utility
 * assistance (LIHEAP, emergency rental assistance, winter moratoriums), shut-off notices, shelters and emergency
 * housing, first-time home buying and housing counselling, property tax assessments and deed records, mobile homes
 * and lot rent, housing for seniors (Section 202, senior apartments, Area Agencies on Aging). Many referrals: legal
 * aid, 2-1-1, the housing authority, the county assessor and register of deeds, utility companies, code enforcement
 * and 3-1-1, given with and without a way to reach them; patrons in distress handled with care (or not); dismissals
 * and near dismissals; clarifying questions about county, lease and situation.
 * Voices: urban and rural public libraries, a state library's statewide chat, the statewide cooperative, SMS,
 * chat-speak, Spanish-speaking patrons (and providers who answer in Spanish).
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room are in comments at the cases. The main ones:
 * - a utility company, a housing authority, a mortgage servicer or a management office the patron is told to call is
 *   an organisation outside the chat: a referral, whose contact must come with it;
 * - searching a register of deeds' or assessor's online index is using a website (a source), not contacting the
 *   office: no referral unless the patron is told to call, write to or visit the office;
 * - 2-1-1 and 3-1-1 dialled are phones; "the number on your bill" and "the number on the notice" give no number;
 *   a street address, a phone, an e-mail or the party's own URL are ways to reach it; opening hours are not;
 * - "Are you somewhere safe tonight?" and "Which county is the house in?" are questions about the patron's situation
 *   that shape the answer (clarifying);
 * - "I can't tell you whether to sign it, I'm not a lawyer" followed by more help is no dismissal; telling the
 *   patron the chat's time is up is one, whatever follows;
 * - the landlord the patron is told to write to is the other side of the patron's own dispute, not an agency,
 *   office or named specialist (as the seventeenth round read "call your boss"): no referral by itself.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_ME, other, type SessionCase, some, sys, usual, who, ALL_NA } from './helpers';

const HOUR_S = 3600;
const doneAfter = (endSec: number, h: number, by = 'jo') => [{ doneAt: at(endSec + h * HOUR_S), by }];
const DEV = who('Devon Pryor', 'devon');

export const whole: SessionCase[] = [
  // ---- tenants' rights and repairs ----------------------------------------------------------------------------------
  {
    name: 'Minneapolis, no heat: which city and is it an apartment; the AG handbook URL and HOME Line with its phone; "Does that help you get started?"; anything else; goodbye',
    lines: [
      [0, 'p', 'our heat has been out for 5 days and the landlord keeps saying next week. what can we do'],
      [24, 'l', "Hi there, you've reached AskMN; I'm Kari, a librarian at Hennepin County Library. I'm sorry, that's rough in this weather. Are you renting an apartment, and is it in Minneapolis or a suburb?"],
      [70, 'p', 'apartment in mpls, 4 unit building'],
      [78, 'l', 'Thanks. Give me a moment to pull up the right resources.'],
      [150, 'l', "In Minnesota, landlords must keep heat working (the covenant of habitability). The Attorney General's Landlord and Tenant handbook explains the 14-day written notice and rent escrow steps: ag.state.mn.us/Consumer/Handbooks/LT. In Minneapolis you can also report no heat to 311 (612-673-3000), and HOME Line's free tenant hotline can talk through your options: 612-728-5767. Does that help you get started?"],
      [210, 'p', 'yes that helps a lot'],
      [216, 'l', 'Is there anything else I can look up for you?'],
      [240, 'p', 'no thats it'],
      [245, 'l', 'Stay warm, and thanks for chatting with AskMN!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the patron is sent to the city's inspections office with no way to reach it: referral fails
    name: 'Milwaukee, mold: "call the city\'s Department of Neighborhood Services and ask for an inspection" with no number; the state guide URL is a source; referral fails',
    lines: [
      [0, 'p', 'There is black mold in my bathroom ceiling and my landlord painted over it. Is that allowed?'],
      [30, 'l', 'Good morning! This is Rachel at Milwaukee Public Library. Is the mold coming back through the paint, and have you told the landlord in writing?'],
      [85, 'p', 'yes its coming back, I only texted him'],
      [95, 'l', "Wisconsin's Tenant Resource Center has a repairs page with a sample letter: tenantresourcecenter.org/repairs. A text is a start, but a dated letter is stronger. You can also call the city's Department of Neighborhood Services and ask for an inspection. Did that answer your question?"],
      [150, 'p', "yeah I think so. that's all I needed"],
      [156, 'l', 'Good luck, and thanks for contacting the library!'],
    ],
    exp: usual({ anything: 'pass', referral: 'fail' }),
  },
  {
    // reading: "The Tenants Union of WA hotline can help with next steps: <phone>" points the patron to an organisation
    // to call, with its number: a referral. "Text your landlord …" tells the patron to write to a person outside the
    // chat with no way to reach him (the fifteenth round's reading of "Send a letter to your landlord")
    // (label corrected after the first run: written as a pass, reading the landlord as no party, as the seventeenth
    // round read "call your boss"; the fifteenth round's reading of the landlord is the one the suite holds)
    name: 'SMS, Seattle: deposit kept; "Text your landlord …" with no contact and the Tenants Union with its hotline: referral fails',
    lines: [
      [0, 'p', 'landlord kept my $1200 deposit no reason given. moved out 40 days ago. seattle'],
      [35, 'l', 'Hi, SPL text service, Marcus here. Did you give them a forwarding address when you left?'],
      [90, 'p', 'yea in writing'],
      [100, 'l', 'WA law gives them 30 days to return it or send an itemized list (RCW 59.18.280). Text your landlord that the 30 days are up. The Tenants Union of WA hotline can help with next steps: 206-723-0500. Did that help?'],
      [140, 'p', 'ya thx'],
      [146, 'l', 'Anything else?'],
      [170, 'p', 'nope'],
      [174, 'l', 'Good luck, thx for texting SPL!'],
    ],
    exp: usual({ referral: 'fail' }),
  },

  // ---- eviction notices ---------------------------------------------------------------------------------------------
  {
    name: 'Spanish, Dallas: "aviso de desalojo" of 3 days; ¿qué dice el aviso?; the court\'s guide and Legal Aid of NorthWest Texas with phone; ¿Le sirve?; ¿algo más?; goodbye',
    lines: [
      [0, 'p', 'Hola buenas tardes, me dejaron un papel en la puerta que dice notice to vacate, tengo 3 días para salir?'],
      [28, 'l', '¡Buenas tardes! Le atiende Lucía, bibliotecaria de la Biblioteca Pública de Dallas. Siento mucho que esté pasando por esto. ¿El papel viene del dueño o de una corte (dice "citation" o "Justice Court")?'],
      [80, 'p', 'del dueño, no dice corte'],
      [90, 'l', 'Entonces todavía no es un desalojo: el dueño tiene que demandar en la corte de paz y usted recibirá una cita para la audiencia. No tiene que salir en 3 días. La guía en español está en texaslawhelp.org/es (busque "desalojo"). Para ayuda con su caso llame a Legal Aid of NorthWest Texas al 1-888-529-5277. ¿Le sirve esta información?'],
      [150, 'p', 'si gracias, me quedo más tranquila'],
      [156, 'l', '¿Hay algo más en lo que le pueda ayudar?'],
      [180, 'p', 'no, es todo'],
      [186, 'l', 'Que le vaya bien, y gracias por comunicarse con la biblioteca.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "legal aid" told to be called with no number or site is a party without a way to reach it
    name: 'Ohio, eviction hearing Friday: Cleveland court guide URL, "definitely call legal aid before Friday" with no contact; referral fails; no completeness question',
    lines: [
      [0, 'p', 'i have an eviction hearing friday in cleveland housing court. do i need to go??'],
      [22, 'l', "Hi, I'm Dana with Cleveland Public Library's chat. Yes, please go: if you don't show up the landlord usually wins by default. Do you have the papers with the case number?"],
      [75, 'p', 'yes i have them'],
      [84, 'l', "The Cleveland Housing Court's help page explains what happens at the first hearing and mediation: clevelandhousingcourt.org. Bring your lease, receipts and any photos. And definitely call legal aid before Friday, people with a lawyer do much better."],
      [140, 'p', 'ok thank you so much'],
      [146, 'l', 'Is there anything else I can help with today?'],
      [175, 'p', 'no thanks'],
      [180, 'l', "You're welcome, take care and good luck Friday."],
    ],
    exp: usual({ complete: 'fail', referral: 'fail' }),
  },
  {
    name: 'chat-speak, Phoenix: locks changed; the provider asks nothing, gives the statute and the county\'s eviction help line; "That help?"; the patron is done on her own',
    lines: [
      [0, 'p', 'landlord changed my locks while i was at work and my stuff is inside!!! phx'],
      [18, 'l', 'hi, this is Ray w/ Phoenix Public Library, so sorry. AZ law (ARS 33-1367) says a landlord cant lock you out without a court order: azleg.gov/ars/33/01367.htm. call Community Legal Services eviction help at 602-258-3434 and the police non-emergency line 602-262-6151 to get back in. that help?'],
      [70, 'p', 'yes omg thank u thats all i need rn'],
      [76, 'l', 'good luck, pls come back if u need more'],
    ],
    exp: usual({ clarify: 'fail', anything: 'pass', referral: 'pass' }),
  },

  // ---- rent and utility assistance, shut-offs -----------------------------------------------------------------------
  {
    // reading: "call Duke Energy and ask for a payment arrangement" refers the patron to the utility with no number;
    // 2-1-1 given with its digits is a phone, so one party is reachable and one is not: referral fails
    name: 'Wake County, shut-off notice: household asked; LIHEAP/CIP at the county and 2-1-1 with digits; "call Duke Energy" with no number: referral fails',
    lines: [
      [0, 'p', 'got a disconnect notice from duke energy for the 14th. any help paying it?'],
      [30, 'l', "Hello, thanks for reaching out to Wake County Public Libraries. I'm Terrence. Is anyone in your home over 60 or disabled? That changes which program applies."],
      [70, 'p', 'my mom lives with us shes 67'],
      [78, 'l', "Then you may qualify for the Crisis Intervention Program (CIP), which pays heating or cooling bills in a crisis. Apply through Wake County Human Services: wake.gov/cip or 919-212-7000. First, call Duke Energy and ask for a payment arrangement while the application is pending. 2-1-1 (dial 211) also knows local church funds. Is that the sort of help you needed?"],
      [130, 'p', 'yes'],
      [134, 'l', 'Anything else I can help you with?'],
      [150, 'p', 'no thank you'],
      [155, 'l', 'Take care, and thank you for contacting the library!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Spanish, Chicago: LIHEAP en español; ¿cuántas personas?; CEDA with phone and site; "¿Resolví su duda?"; the patron leaves after the answer, no check-in (idle 200 s): both fail',
    lines: [
      [0, 'p', 'buenas, hay ayuda para pagar el gas? nos llegó una factura de 900 dólares de Peoples Gas'],
      [30, 'l', 'Hola, bienvenida al chat de la Biblioteca Pública de Chicago. Soy Rosa. ¿Cuántas personas viven en su casa y cuánto ganan al mes, más o menos?'],
      [90, 'p', 'somos 5, como 3800 al mes'],
      [98, 'l', 'Con 5 personas y ese ingreso probablemente califica para LIHEAP. En Chicago se solicita con CEDA: llame al 1-800-571-2332 o visite ceda-liheap.org (tienen la solicitud en español). Peoples Gas también tiene un plan de pagos para clientes de bajos ingresos en peoplesgasdelivery.com/ways-to-save. ¿Resolví su duda?'],
    ],
    over: { endAfter: 200 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail', referral: 'pass' }),
  },
  {
    // reading: the utility's number is "on the back of your bill": no number given (v17 reading), referral fails
    name: 'rural Maine, oil tank empty: fuel assistance through the CAP agency with phone; "or call your oil dealer at the number on your bill": referral fails',
    lines: [
      [0, 'p', 'out of heating oil and its 10 degrees. live in aroostook county. help?'],
      [20, 'l', "Hi, this is Beth from Presque Isle's Mark & Emily Turner Library, part of Maine's Ask a Librarian. Is anyone in the house in danger from the cold right now, like a baby or someone who is ill?"],
      [60, 'p', 'no just me and my husband but its cold'],
      [70, 'l', "Aroostook County Action Program (ACAP) runs the HEAP emergency fuel program: call 207-764-3721 and say it's an emergency delivery. You can also call your oil dealer at the number on your bill and ask about an emergency partial fill. Will that get you through tonight?"],
      [125, 'p', 'yes i think so, thanks. thats everything'],
      [130, 'l', 'Stay warm, and reach out anytime.'],
    ],
    // reading: "Will that get you through tonight?" asks whether what was given meets the need
    exp: usual({ anything: 'pass', referral: 'fail' }),
  },
  {
    name: 'follow-up: emergency rental assistance programs by county; the provider will e-mail the list by tomorrow noon, e-mail read back; coded Follow-up by me, done in 20 h',
    lines: [
      [0, 'p', 'Hello, I am behind 2 months on rent in Prince George\'s County. Is there any program still giving rental help?'],
      [35, 'l', "Good afternoon, and thanks for contacting AskUsNow! I'm Keisha, a librarian with Prince George's County Memorial Library System. How much is owed, and have you received a Failure to Pay Rent summons yet?"],
      [95, 'p', 'about $3,100 and no summons yet, just a letter'],
      [103, 'l', 'Thank you. One moment while I check which programs are open right now.'],
      [190, 'l', "The county's Emergency Rental Assistance page lists what's open today: princegeorgescountymd.gov/departments-offices/social-services. Several church and nonprofit funds open and close each month, so I'd like to put together a current list for you and e-mail it. What is the best e-mail?"],
      [240, 'p', 'tanya.w@example.org'],
      [246, 'l', "Got it: tanya.w@example.org. You'll have the list by noon tomorrow. Does the county page cover what you need for now?"],
      [280, 'p', 'yes thank you'],
      [284, 'l', 'Anything else before I go?'],
      [300, 'p', 'no that is all'],
      [305, 'l', 'Thanks for contacting AskUsNow, Tanya. Talk soon!'],
    ],
    over: { ...FU_ME, patron: { name: 'Tanya', email: 'tanya.w@example.org', phone: null }, followUps: doneAfter(310, 20, 'jo') },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: "I'll send you more programs later" promises a follow-up; coded Answered (code fails), no when said
    // and no contact in the chat (contact fails); nothing recorded and the 72 h not yet passed: pending
    name: 'follow-up promised, coded Answered: "I\'ll send you a few more programs later" with no contact and no when: code and contact fail, on time pending',
    lines: [
      [0, 'p', 'need help with my water bill in detroit, its $2,400 and they say shutoff'],
      [30, 'l', "Hi, I'm Andre at Detroit Public Library. Is the account in your name, and are you the homeowner or a renter?"],
      [80, 'p', 'homeowner, my name'],
      [88, 'l', "Detroit's Lifeline Plan caps water bills by income and can wipe out past-due amounts: apply at detroitmi.gov/lifeline or call 313-267-8000. I'll send you a few more programs later, too. Does that help?"],
      [130, 'p', 'yes, thats all thank you'],
      [135, 'l', 'Glad to help, have a good day!'],
    ],
    exp: usual({ anything: 'pass', code: 'fail', contact: 'fail', onTime: 'pending', referral: 'pass' }),
  },
  {
    name: 'keep informed fails: the provider goes silent 3.5 minutes looking for the winter shut-off rules (no hold message)',
    lines: [
      [0, 'p', 'can the electric company shut off my power in january in pennsylvania?'],
      [25, 'l', 'Hi, welcome to Ask Here PA! This is Greg from the Free Library of Philadelphia. Which company is it, PECO or another one?'],
      [60, 'p', 'PECO'],
      [270, 'l', "From December 1 to March 31, PECO needs the PA Public Utility Commission's permission to shut off heat-related service for households under 250% of the poverty line; the PUC's winter rules are at puc.pa.gov/utility-customer-resources. Does that answer it?"],
      [300, 'p', 'yes, all set thanks'],
      [305, 'l', 'Thanks for using Ask Here PA, bye!'],
    ],
    exp: usual({ informed: 'fail', anything: 'pass' }),
  },

  // ---- shelters and emergency housing -------------------------------------------------------------------------------
  {
    // reading: "Are you and the kids safe right now?" is a question about the patron's situation that shapes the answer
    name: 'sleeping in the car with kids tonight: "Are you and the kids safe right now?"; family shelter intake phone and 2-1-1; "Is that helpful for tonight?"; patron says that\'s all',
    lines: [
      [0, 'p', 'me and my 2 kids are sleeping in my car since yesterday. where can we go tonight in cleveland'],
      [20, 'l', "Hi, I'm Naomi, a librarian at Cuyahoga County Public Library. I'm really glad you reached out. Are you and the kids safe right now?"],
      [55, 'p', 'yes parked at a walmart'],
      [62, 'l', "OK. Families in Cuyahoga County go through Coordinated Intake: call 216-674-6700 (open 24/7), and they will place you at a family shelter tonight. If you can't get through, dial 2-1-1 for United Way 211 Ohio. Is that helpful for tonight?"],
      [100, 'p', 'yes im calling now thats all i need thank u'],
      [106, 'l', 'Take care of yourself and the kids. Come back to us anytime.'],
    ],
    exp: usual({ anything: 'pass', referral: 'pass' }),
  },
  {
    // reading: "go to the Salvation Army on 5th" names a party and a street with no number: no contact (v17 reading)
    name: 'Reno, men\'s shelter: "go to the Salvation Army on 5th Street, doors open at 6" (no number, hours only): referral fails',
    lines: [
      [0, 'p', 'is there a shelter open tonight in reno for a single guy'],
      [15, 'l', 'Hey, this is Sam with Washoe County Library. Are you in downtown Reno now?'],
      [40, 'p', 'yeah near the river'],
      [46, 'l', 'The Nevada Cares Campus takes single adults 24 hours a day, no ID needed: washoecounty.gov/homeless. If it\'s full, go to the Salvation Army on 5th Street, doors open at 6. Does that help?'],
      [80, 'p', 'yes thanks'],
      [84, 'l', 'Anything else you need?'],
      [100, 'p', 'no'],
      [104, 'l', 'Take care, man. Come back anytime.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'pickup after 90 s and greeting with no identity ("Hi! How can I help?" then an answer): pickup and greeting fail',
    lines: [
      [0, 'p', 'what is the number for the womens shelter in tulsa'],
      [90, 'l', 'Hi! How can I help?'],
      [110, 'p', 'the womens shelter number please'],
      [118, 'l', "Of course. Domestic Violence Intervention Services (DVIS) has a 24-hour line at 918-743-5763. If you're in danger right now, call 911. Are you safe where you are?"],
      [160, 'p', 'yes im ok, thats all i needed'],
      [165, 'l', 'Please take care. Thank you for contacting us.'],
    ],
    // reading: the patron's question is already clear; "Are you safe where you are?" comes after the source, and
    // nothing before it asks or restates: clarify fails; "Are you safe" does not ask whether the info met the need
    exp: usual({ pickup: 'fail', greeting: 'fail', clarify: 'fail', complete: 'fail', anything: 'pass', referral: 'pass' }),
  },

  // ---- property tax and deeds ---------------------------------------------------------------------------------------
  {
    name: 'property tax appeal: which county; the Board of Review by URL and phone, "Your township assessor can also explain …" with none: referral fails',
    lines: [
      [0, 'p', 'my property assessment went up 40% this year. how do i appeal it?'],
      [30, 'l', 'Hi, this is Laura with the Illinois State Library\'s Ask a Librarian service. Which county is the property in?'],
      [60, 'p', 'DuPage'],
      [66, 'l', 'One moment please.'],
      [140, 'l', "In DuPage County you appeal to the Board of Review within 30 days of your township's assessment notice being published. The form and deadlines are at dupagecounty.gov/boardofreview, or call the Board of Review at 630-407-5858. Your township assessor can also explain how they valued the house. Was that what you were looking for?"],
      [200, 'p', 'yes perfect'],
      [205, 'l', 'Anything else I can help with?'],
      [230, 'p', "no that's it"],
      [235, 'l', 'Thanks for using Ask a Librarian!'],
    ],
    // reading (label corrected after the first run): "Your township assessor can also explain how they valued the
    // house" points the patron to the assessor as "the Tenants Union hotline can help" does (a party who can help is
    // one to ask), with no way to reach the assessor: referral fails although the Board of Review has its phone
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: searching the Register of Deeds' online index is using a website, a source; no one is told to call or
    // visit: referral na
    name: 'deed lookup: which county; "search the Register of Deeds\' online index at …" is a source, not a referral: referral na',
    lines: [
      [0, 'p', 'how can i find the deed to my grandmothers house? she passed and we dont know if its in her name'],
      [25, 'l', "Hi! I'm Monique from Charlotte Mecklenburg Library. I'm sorry about your grandmother. Which county is the house in, and do you know the street address?"],
      [70, 'p', 'mecklenburg, 2214 Pegram St'],
      [80, 'l', "You can search the Mecklenburg County Register of Deeds' online index at meckrod.manatron.com by her name, or look up the parcel by address at polaris3g.mecklenburgcountync.gov to see the current owner and deed book and page. Does that get you what you need?"],
      [140, 'p', 'yes found it! its still in her name. thats all'],
      [146, 'l', 'Wonderful. Thanks for contacting the library, take care.'],
    ],
    exp: usual({ anything: 'pass', referral: 'na' }),
  },
  {
    name: 'homestead exemption, Florida: which county; the property appraiser with URL and phone; deadline given; patron leaves after "Did that help?"; "still there?" and a notice (idle 240 s)',
    lines: [
      [0, 'p', 'I just bought a house in Orlando, how do I get the homestead exemption?'],
      [20, 'l', 'Good evening! This is Jess at Orange County Library System. Congratulations! Did you close before January 1 this year?'],
      [60, 'p', 'yes in november'],
      [66, 'l', "Then you can file by March 1. Apply online with the Orange County Property Appraiser at ocpafl.org/homestead, or call their office at 407-836-5044 if you'd rather apply in person. Bring your Florida driver license with the new address. Did that help?"],
      [190, 'l', 'Are you still there?'],
      [306, 'l', 'I have not heard back, so I think you have disconnected. I am ending this chat now. Thank you for contacting OCLS!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' }),
  },

  // ---- home buying ---------------------------------------------------------------------------------------------------
  {
    name: 'first-time buyer, Denver: income and county asked; CHFA\'s program page and a HUD counselor locator with its phone; "Does that cover it?"; the patron is done',
    lines: [
      [0, 'p', 'Hi! My partner and I want to buy our first home in Denver. Are there down payment assistance programs?'],
      [35, 'l', 'Hi there, welcome to Ask Denver Public Library! This is Chris. Roughly what is your household income, and are you looking only in Denver or nearby counties too?'],
      [90, 'p', 'around 95k, mostly denver or aurora'],
      [98, 'l', 'Let me look a couple of things up, one moment.'],
      [160, 'l', "At that income you're likely eligible for CHFA's down payment assistance grants (up to 3% of the loan): chfainfo.com/homeownership. Most programs require a homebuyer class; you can find a HUD-approved housing counselor near you at hud.gov/findacounselor or by calling 800-569-4287. The library also has \"The Home Buyer's Checklist\" (call number 643.12 IRW). Does that cover it?"],
      [230, 'p', 'that covers it, thank you!!'],
      [236, 'l', 'Good luck with the house hunt, and thanks for chatting with us!'],
    ],
    exp: usual({ anything: 'pass', referral: 'pass' }),
  },
  {
    name: 'Spanish, San Antonio: primera casa con ITIN; ¿tiene ITIN o número de seguro social?; a nonprofit counselor with phone; "¿Le fue de utilidad?"; ¿algo más?; goodbye',
    lines: [
      [0, 'p', 'Hola, quiero comprar una casa pero solo tengo ITIN, se puede?'],
      [30, 'l', '¡Hola! Soy Mateo, bibliotecario de la Biblioteca Pública de San Antonio. Sí, hay prestamistas que dan préstamos con ITIN. ¿Ya tiene historial de crédito con su ITIN, como una tarjeta o un préstamo de carro?'],
      [85, 'p', 'si tengo una tarjeta desde hace 3 años'],
      [93, 'l', 'Muy bien. Le recomiendo hablar con una consejera de vivienda certificada por HUD antes de buscar prestamista. NeighborWorks Alamo (antes NHS San Antonio) da clases en español: 210-533-6673, nhsofsa.org. ¿Le fue de utilidad?'],
      [140, 'p', 'sí mucho'],
      [145, 'l', '¿Algo más en que le pueda ayudar hoy?'],
      [170, 'p', 'no gracias'],
      [175, 'l', '¡Mucha suerte con su casa! Gracias por escribirnos.'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- mobile homes -------------------------------------------------------------------------------------------------
  {
    name: 'mobile home lot rent up $150: Florida; statute and the state\'s mobile home ombudsman with phone; "Is that the information you needed?"; anything else; goodbye',
    lines: [
      [0, 'p', 'The park where my mobile home sits raised lot rent $150 a month with 30 days notice. Can they do that? Polk County FL'],
      [30, 'l', 'Hello, this is Diane at Lakeland Public Library. Do you own the home and rent only the lot, and is there a homeowners association in the park?'],
      [80, 'p', 'own the home, rent the lot. yes there is an HOA'],
      [88, 'l', 'Under Florida Statutes chapter 723, the park must give 90 days notice of a lot rent increase, and the HOA can ask for a meeting and mediation: leg.state.fl.us/statutes (chapter 723). The state\'s Division of Florida Condominiums, Timeshares, and Mobile Homes takes complaints at 850-487-1395. Is that the information you needed?'],
      [140, 'p', 'yes exactly'],
      [144, 'l', 'Anything else today?'],
      [160, 'p', 'no thank you'],
      [165, 'l', 'Have a good evening, and thanks for contacting the library.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the titling of a mobile home at "the county treasurer's office" is a visit told with no contact
    name: 'mobile home title, Michigan: "stop by your county treasurer\'s office" with no contact; the state\'s MH title page URL is a source: referral fails; courteous fails (the patron has the last word)',
    lines: [
      [0, 'p', 'bought a used trailer from a neighbor, how do i get the title in my name? michigan'],
      [25, 'l', "Hi, this is Jo at Kent District Library. Is the home staying on the neighbor's lot or being moved?"],
      [60, 'p', 'staying'],
      [70, 'l', "Manufactured home titles in Michigan go through LARA's Manufactured Housing division: the transfer form and fee are at michigan.gov/lara (search \"manufactured home title\"). You'll also need a tax clearance, so stop by your county treasurer's office before you send it. Is that what you needed?"],
      [120, 'p', 'yep. thats it thx'],
    ],
    exp: usual({ anything: 'pass', courteous: 'fail', referral: 'fail' }),
  },

  // ---- housing for seniors ------------------------------------------------------------------------------------------
  {
    name: 'senior apartments, Baltimore County: age and income asked; HUD\'s senior housing search URL; "give your local Area Agency on Aging a call" with no number: referral fails',
    lines: [
      [0, 'p', 'I am looking for affordable senior apartments for my mother, she is 74, in Baltimore County'],
      [30, 'l', 'Hi, thanks for contacting AskUsNow! I am Ellen, a librarian at Baltimore County Public Library. What is her monthly income, roughly, and does she need any help with daily care?'],
      [90, 'p', 'about 1900 a month from social security, she is independent'],
      [98, 'l', "She'd fit Section 202 senior buildings, where rent is 30% of income. HUD's search for senior apartments is at resources.hud.gov (filter by Baltimore County and \"Elderly\"). I'd also give your local Area Agency on Aging a call; they keep a list of waitlists. Does that help?"],
      [150, 'p', 'yes it does'],
      [156, 'l', 'Anything else I can do for you?'],
      [175, 'p', 'no, thank you dear'],
      [180, 'l', 'Best wishes to your mother, and thank you for contacting AskUsNow!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'senior home repair grant: rural Iowa; USDA Section 504 with the local office\'s phone; "Does that answer your question?"; a way back for other patrons waiting is no dismissal',
    lines: [
      [0, 'p', 'my roof leaks and im 71 on a fixed income. any grants for repairs? I live outside Decorah'],
      [30, 'l', 'Hello! This is Ingrid at Decorah Public Library. Do you own the house, and is it outside city limits?'],
      [70, 'p', 'yes own it, about 5 miles out'],
      [78, 'l', "Then USDA's Section 504 Home Repair program gives grants up to $10,000 to owners 62 and older in rural areas: rd.usda.gov/programs-services/single-family-housing-programs/single-family-housing-repair-loans-grants. The USDA office for Winneshiek County is in Decorah at 563-382-4245; call them to apply. Does that answer your question?"],
      [130, 'p', 'yes! can you also find me roofers'],
      [138, 'l', "I'd be glad to, but there are a few patrons waiting in the library right now. Please come back this afternoon or call us at 563-382-3717 and we'll pull a list. Thank you!"],
      [160, 'p', 'ok will do'],
    ],
    // reading: "can you also find me roofers" and the provider's way back: the patron never says they are done and the
    // provider never offers anything else: anything_else fails
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },

  // ---- dismissals ---------------------------------------------------------------------------------------------------
  {
    // reading: ending the help because the provider has other chats, with no way back, is for the provider's
    // convenience: dismissal fails
    name: 'dismissal: "I have a lot of chats going so I need to wrap this up. Bye" after a partial answer with the housing authority\'s phone',
    lines: [
      [0, 'p', 'how long is the section 8 waitlist in houston and how do i check my spot'],
      [30, 'l', 'Hi, Jo at Houston Public Library. Did you apply with the Houston Housing Authority or Harris County?'],
      [65, 'p', 'houston housing authority, in 2023'],
      [72, 'l', 'You can check your status on the HHA applicant portal at housingforhouston.com or call HHA at 713-260-0600. Does that help?'],
      [100, 'p', 'kind of. how long is it usually?'],
      [108, 'l', 'I have a lot of chats going so I need to wrap this up. Bye'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', referral: 'pass' }),
  },
  {
    name: 'dismissal: "This chat is limited to 10 minutes and we\'re past that" on a shelter question, even with "try us again tomorrow"',
    lines: [
      [0, 'p', 'hi do you know shelters that take dogs in portland'],
      [25, 'l', 'Hello, this is Pam with Multnomah County Library. Is it one dog, and how big?'],
      [60, 'p', 'one pit mix, 50 lbs'],
      [68, 'l', "Call Transition Projects at 503-280-4700; some of their shelters take pets (tprojects.org/shelter). Does that help?"],
      [120, 'p', 'they were full. any others?'],
      [130, 'l', "This chat is limited to 10 minutes and we're past that, so I have to end it here. Try us again tomorrow. Thanks!"],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', referral: 'pass' }),
  },

  // ---- transfers ----------------------------------------------------------------------------------------------------
  {
    name: 'statewide cooperative transfers a Howard County tenant to her own library: internal note and a visible notice; the local librarian answers',
    lines: [
      [0, 'p', 'is there a tenant help program in howard county md? my landlord wants to raise rent 20%'],
      [25, 'l', "Hi, you've reached AskUsNow! I'm Devon, a librarian from Enoch Pratt. Is this for an apartment in Howard County?", DEV],
      [60, 'p', 'yes columbia'],
      [66, 'i', 'Hi Sue, Howard County tenant asking about rent increase limits; you know the county office better. Can you take it?', DEV],
      [70, 'l', "I'm transferring you to a Howard County librarian who knows the local office well. One moment!", DEV],
      [74, 's', 'Session transferred to Sue', sys('transfer', 'jo')],
      [95, 'l', "Hi, this is Sue at Howard County Library System. Howard County's rent stabilization law limits most increases; the Office of Consumer Protection's tenant page is at howardcountymd.gov/consumer-protection and you can call them at 410-313-6420. Does that answer your question?"],
      [140, 'p', 'yes thank you so much'],
      [146, 'l', 'Anything else?'],
      [160, 'p', 'no'],
      [165, 'l', 'Take care, and thanks for using AskUsNow!'],
    ],
    exp: usual({ referral: 'pass', transfer: 'pass' }),
  },
  {
    name: 'transfer with no internal note (only the visible notice): handoff fails',
    lines: [
      [0, 'p', 'need help reading my water shutoff notice, i dont understand the dates'],
      [30, 'l', "Hello, you've reached the Ask a Librarian service; I'm Devon. What does the top of the notice say, and what utility is it from?", DEV],
      [80, 'p', 'Austin Water, it says final notice 10 day'],
      [88, 'l', 'I am going to pass you to an Austin Public Library librarian who knows the local programs. One moment please.', DEV],
      [92, 's', 'Session transferred to Jo', sys('transfer', 'jo')],
      [110, 'l', "Hi, this is Jo at Austin Public Library. A 10-day final notice means service can be cut after that date. Austin Energy's Customer Assistance Program covers water too: austinenergy.com/cap, or call 512-494-9400. Did that help?"],
      [150, 'p', "yes that's everything"],
      [155, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ anything: 'pass', referral: 'pass', transfer: 'fail' }),
  },

  // ---- no substantive exchange, practice ----------------------------------------------------------------------------
  {
    name: 'the patron asks about a 5-day notice and leaves before pickup; greeting and check-in, notice; Lost Call',
    lines: [
      [0, 'p', 'got a 5 day pay or quit what does it mean'],
      [10, 's', 'Patron has left the chat.', sys('patron_left')],
      [40, 'l', 'Hello, this is Mia at Sacramento Public Library. How can I help?'],
      [170, 'l', 'Are you still there?'],
      [240, 'l', "It looks like you've left the chat, so I'm closing it. Please come back anytime."],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'a Practice session (training a new volunteer on a rent question): every check na',
    lines: [
      [0, 'p', 'TEST - rent assistance question for training'],
      [20, 'l', 'Hi, this is Jo, testing the housing macros.'],
      [40, 'l', 'Emergency rental help: 211.org'],
    ],
    over: { resolutionCode: 'Practice' },
    exp: ALL_NA,
  },
  {
    name: 'concurrency fails: the provider had four chats open during a utility question',
    lines: [
      [0, 'p', 'does the gas company have to give notice before shutting off in ohio'],
      [30, 'l', 'Hi, Jo at Columbus Metropolitan Library here. Is it Columbia Gas?'],
      [60, 'p', 'yes'],
      [68, 'l', 'Yes: in Ohio the utility must give 14 days written notice, then a 10-day notice, and cannot shut off on a Friday or before a holiday. The PUCO explains the rules at puco.ohio.gov/utilities/gas/resources/disconnection. Does that answer it?'],
      [110, 'p', "yep that's all i needed"],
      [115, 'l', 'Thanks for using CML chat!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -60, 300), other('b', 'jo', 10, 200), other('c', 'jo', 20, 400)] },
    exp: usual({ anything: 'pass', concurrency: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- referral.contact: whose contact it is ------------------------------------------------------------------------
  {
    name: 'housing authority with its phone in the same sentence: referral passes',
    lines: [[0, 'p', 'how do i apply for public housing in new orleans'], [20, 'l', 'Hi, Jo at New Orleans Public Library. For you alone or a family?'], [50, 'p', 'me and my son'], [56, 'l', 'Apply with the Housing Authority of New Orleans (HANO) at 504-670-3300 when the waitlist opens; they post openings at hano.org. Did that help?']],
    exp: some({ referral: 'pass', source: 'pass', clarify: 'pass', complete: 'pass' }),
  },
  {
    name: '"contact your local housing authority" with no contact: referral fails',
    lines: [[0, 'p', 'how do i get a section 8 voucher in ohio'], [20, 'l', 'Hi, Jo at Dayton Metro Library. Which county do you live in?'], [50, 'p', 'greene'], [56, 'l', "The Housing Choice Voucher basics are on HUD's page at hud.gov/topics/housing_choice_voucher_program_section_8. To get on a list, contact your local housing authority. Did that help?"]],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    // reading: "they" points to the housing authority named in the sentence before, whose phone that sentence gives
    name: 'the housing authority named with its phone, then "Ask them whether the waitlist is open": one party, reached: referral passes',
    lines: [[0, 'p', 'section 8 in tacoma?'], [20, 'l', 'Hi, Jo at Tacoma Public Library. Are you in Tacoma itself?'], [50, 'p', 'yes'], [56, 'l', 'Tacoma Housing Authority runs the vouchers in the city: 253-207-4400. Ask them whether the waitlist is open this month. Does that help?']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'legal aid with phone and "call the utility too" with no number: referral fails',
    lines: [[0, 'p', 'landlord is refusing to put the electric back in my name and it got shut off'], [20, 'l', 'Hi, Jo at Memphis Public Libraries. Is the lease in your name?'], [50, 'p', 'yes'], [56, 'l', "Memphis Area Legal Services can help with a landlord who blocks utilities: 901-523-8822. Call the utility too and ask them to restore service while it's sorted out. Does that help?"]],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'the utility named with its customer service number: referral passes',
    lines: [[0, 'p', 'how do i get on a payment plan with xcel'], [20, 'l', 'Hi, Jo at Denver Public Library. Is this for gas, electric or both?'], [50, 'p', 'both'], [56, 'l', "Call Xcel Energy's customer care at 1-800-895-4999 and ask for a payment arrangement; Colorado's LEAP can help with the balance: cdhs.colorado.gov/leap. Did that help?"]],
    exp: some({ referral: 'pass', complete: 'pass' }),
  },
  {
    // reading: "the number on the notice" gives no number (v17 reading)
    name: '"call the water department at the number on the shutoff notice": no number, referral fails',
    lines: [[0, 'p', 'my water is getting shut off friday'], [20, 'l', 'Hi, Jo at Tucson-Pima Public Library. Is it Tucson Water?'], [50, 'p', 'ya'], [56, 'l', 'Call the water department at the number on the shutoff notice and ask for a 30-day extension. Does that help?']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '2-1-1 alone ("Dial 2-1-1 and ask about rent help"): the digits are a phone, referral passes',
    lines: [[0, 'p', 'any rent help in spokane?'], [20, 'l', 'Hi, Jo at Spokane Public Library. Are you behind now or worried about next month?'], [50, 'p', 'behind 1 month'], [56, 'l', 'Dial 2-1-1 and ask about rent help in Spokane County; they know which funds are open this week. Did that help?']],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: '"Call 211 right away": 211 is the number itself, referral passes',
    lines: [[0, 'p', 'need a motel voucher tonight'], [20, 'l', 'Hi, Jo at Omaha Public Library. Are you in Douglas County?'], [50, 'p', 'yes'], [56, 'l', 'Call 211 right away; they handle emergency motel vouchers in Douglas County after 5 pm. Is that helpful?']],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading (label corrected after the first run): info.source lists "an e-mail or phone contact for a referral", not
    // a postal address; referral.contact takes a postal address
    name: 'county assessor with postal address only: referral passes, but no source (a postal address is none of info.source\'s kinds)',
    lines: [[0, 'p', 'how do i get my property record card'], [20, 'l', 'Hi, Jo at Allen County Public Library. Which county is the property in?'], [50, 'p', 'allen'], [56, 'l', 'Write to the Allen County Assessor, 1 E Main St, Room 415, Fort Wayne, IN 46802, or pick it up there. Did that help?']],
    exp: some({ referral: 'pass', source: 'fail' }),
  },
  {
    // reading: "Room 104 of the County Building" names a room with no street number: no contact (v17 reading)
    name: 'near miss: "visit the assessor in Room 104 of the County Building": no contact, referral fails',
    lines: [[0, 'p', 'how do i apply for the senior freeze on property tax'], [20, 'l', 'Hi, Jo at Rockford Public Library. Are you 65 or older?'], [50, 'p', 'yes 68'], [56, 'l', "The Senior Assessment Freeze form is on the Illinois Department of Revenue's site, tax.illinois.gov (search PTAX-340). Visit the Winnebago County assessor in Room 104 of the County Building to file it. Does that help?"]],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'code enforcement by 3-1-1: "report the bedbugs to 311": referral passes',
    lines: [[0, 'p', 'my building has bedbugs and the super does nothing. nyc'], [20, 'l', 'Hi, Jo at Brooklyn Public Library. Which borough, and is it a rent-stabilized building?'], [50, 'p', 'brooklyn, yes stabilized'], [56, 'l', 'Report the bedbugs to 311 (or 212-NEW-YORK, 212-639-9675) so HPD sends an inspector; the Met Council on Housing tenant hotline is 212-979-0611. Did that help?']],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: the mortgage servicer is a business the patron is told to call, no number given
    name: 'foreclosure: "call your mortgage servicer today" and a HUD counselor with phone: referral fails',
    lines: [[0, 'p', 'we got a notice of default on the house'], [20, 'l', 'Hi, Jo at Sacramento Public Library. Have you missed more than 3 payments?'], [50, 'p', 'yes 4'], [56, 'l', 'Call your mortgage servicer today and ask about a loan modification; a free HUD-approved counselor can help: 888-995-HOPE (888-995-4673). Does that help?']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'the Spanish housing counselor by e-mail only: referral passes',
    lines: [[0, 'p', 'hay clases para comprar casa en español en austin?'], [20, 'l', 'Hola, soy Jo de la Biblioteca Pública de Austin. ¿Es para usted y su familia?'], [50, 'p', 'sí'], [56, 'l', 'Escríbale a la consejera de Business and Community Lenders, Ana Pérez, a consejeria@bcltexas.example.org; ella organiza las clases en español. ¿Le sirve?']],
    exp: some({ referral: 'pass', complete: 'pass' }),
  },
  {
    // reading: a website to apply on is a source (Terms); "apply online at …" sends the patron to no one
    name: 'near miss: "apply online at the LIHEAP portal" only, no party told to be contacted: referral na',
    lines: [[0, 'p', 'how do i apply for liheap in georgia'], [20, 'l', 'Hi, Jo at Atlanta-Fulton Public Library. Are you 65 or older? Seniors apply earlier.'], [50, 'p', 'no im 40'], [56, 'l', 'General applications open January 2: apply online at dhs.georgia.gov/liheap with your ID, income proof and latest bill. Did that help?']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // reading: "the Tenant Union's website explains …" is a source; "they" holds no one told to be contacted
    name: 'near miss: "the Austin Tenants Council\'s guide at … explains repair requests" is a source: referral na',
    lines: [[0, 'p', 'how do i ask for repairs in texas'], [20, 'l', 'Hi, Jo at Austin Public Library. Is it a house or apartment?'], [50, 'p', 'apt'], [56, 'l', "BASTA's tenant guide at bastaaustin.org/repairs explains the written repair request step by step. Does that help?"]],
    exp: some({ referral: 'na', source: 'pass' }),
  },

  // ---- clarifying questions ----------------------------------------------------------------------------------------
  {
    name: '"Which county is the house in?" before the assessor\'s URL: clarify passes',
    lines: [[0, 'p', 'who do i call about my property taxes going up'], [20, 'l', 'Hi, Jo at Wake County Public Libraries. Which county is the house in?'], [50, 'p', 'johnston'], [56, 'l', 'Johnston County Tax Administration handles appeals: johnstonnc.gov/tax, 919-989-5131. Did that help?']],
    exp: some({ clarify: 'pass', source: 'pass', referral: 'pass' }),
  },
  {
    // reading: "Is there anything else going on?" right after the first source is no question before it
    name: 'the answer first, questions after: clarify fails',
    lines: [[0, 'p', 'how do i find out who owns the empty house next door'], [20, 'l', 'Hi, Jo at Kansas City Public Library. The Jackson County parcel viewer at jacksongov.org/parcelviewer shows the owner of record. Is it in Jackson County?'], [50, 'p', 'yes'], [56, 'l', 'Great, then that viewer will have it. Did that help?']],
    exp: some({ clarify: 'fail' }),
  },
  {
    name: 'Spanish: "¿En qué condado vive?" before the answer: clarify passes',
    lines: [[0, 'p', 'necesito ayuda con la renta'], [20, 'l', 'Hola, le atiende Jo de la Biblioteca del Condado de Riverside. ¿En qué condado vive y cuántos meses debe?'], [50, 'p', 'riverside, 2 meses'], [56, 'l', 'Llame al 2-1-1 del Condado de Riverside o vea los programas en capriverside.org. ¿Le sirve?']],
    exp: some({ clarify: 'pass', referral: 'pass' }),
  },

  // ---- sources ------------------------------------------------------------------------------------------------------
  {
    name: 'a book with a call number is a source: "Every Tenant\'s Legal Guide (Nolo), 346.7304 STE"',
    lines: [[0, 'p', 'any books on tenant rights'], [20, 'l', 'Hi, Jo at Fairfax County Public Library. For Virginia specifically or general?'], [50, 'p', 'general is fine'], [56, 'l', "\"Every Tenant's Legal Guide\" from Nolo is at most branches, call number 346.7304 STE. Would you like me to put one on hold?"]],
    exp: some({ source: 'pass', complete: 'fail' }),
  },

  // ---- dismissals and sensitive handling ---------------------------------------------------------------------------
  {
    // reading: declining legal advice and going on helping is no dismissal
    name: '"I can\'t advise you on whether to stop paying rent, but here is the law and who can": no dismissal',
    lines: [[0, 'p', 'should i stop paying rent until he fixes the toilet'], [20, 'l', "Hi, Jo at Providence Public Library. I can't advise you on whether to stop paying rent, but I can point you to the law and to people who can. Is it your only toilet?"], [50, 'p', 'yes'], [56, 'l', 'Rhode Island Legal Services answers tenant calls at 401-274-2652; the RI landlord-tenant handbook is at dbr.ri.gov. Does that help?']],
    exp: some({ dismissal: 'pass', referral: 'pass' }),
  },
  {
    name: '"We don\'t do legal stuff here, you\'ll have to sort that out with the court yourself." ends the help: dismissal fails',
    lines: [[0, 'p', 'can they evict me in winter in massachusetts'], [20, 'l', 'Hi, Jo at Worcester Public Library. Is the case already in court?'], [50, 'p', 'yes hearing next week'], [56, 'l', "We don't do legal stuff here, you'll have to sort that out with the court yourself."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: '"You\'ve asked about 6 different programs now, that\'s the limit for one chat" fails',
    lines: [[0, 'p', 'what about the weatherization program'], [20, 'l', 'Hi, Jo at Toledo Lucas County Public Library. For a house you own?'], [50, 'p', 'yes and also the water bill help and the property tax thing'], [56, 'l', "You've asked about 6 different programs now, that's the limit for one chat. Please start a new chat."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'polite: "there are others in the queue, could you come back in an hour for the rest?" with a way back passes',
    lines: [[0, 'p', 'ok and what about senior housing in the county'], [20, 'l', 'Hi, Jo at Boise Public Library. For you?'], [50, 'p', 'my dad'], [56, 'l', "Idaho Housing's list of senior properties is at idahohousing.com/rentals. There are a few others in the queue, so could you come back in an hour for the rest? I'll be here. Thanks!"]],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },

  // ---- completeness, anything else, endings -------------------------------------------------------------------------
  {
    // reading: an offer of more ("Want the landlord letter template too?") does not ask whether what was given met the need
    name: 'near miss: "Want the sample repair letter too?" is an offer, not a completeness question',
    lines: [[0, 'p', 'how many days does my landlord have to fix a leak in georgia'], [20, 'l', 'Hi, Jo at Gwinnett County Public Library. Is it a roof leak or plumbing?'], [50, 'p', 'roof'], [56, 'l', "Georgia law says 'reasonable time'; the Georgia Landlord Tenant Handbook at dca.ga.gov explains it. Want the sample repair letter too?"]],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"¿Con eso queda resuelto lo del aviso?" asks whether the answer met the need: completeness passes',
    lines: [[0, 'p', 'qué significa pay or quit'], [20, 'l', 'Hola, soy Jo de la Biblioteca Pública de Los Ángeles. ¿Cuántos días le da el aviso?'], [50, 'p', '3 días'], [56, 'l', 'Es un aviso de pagar o desalojar en 3 días (sin contar fines de semana). La guía de la corte está en selfhelp.courts.ca.gov/es/desalojo. ¿Con eso queda resuelto lo del aviso?']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'the patron: "ok thanks" only: anything else fails',
    lines: [[0, 'p', 'do i need renters insurance in nj'], [20, 'l', 'Hi, Jo at Newark Public Library. Does your lease require it?'], [50, 'p', 'idk'], [56, 'l', "NJ law doesn't require it, but a lease can: check the lease, and the NJ DCA tenant guide at nj.gov/dca explains. Did that help?"], [90, 'p', 'ok thanks'], [95, 'l', 'Bye now!']],
    exp: some({ anything: 'fail', courteous: 'pass' }),
  },

  // ---- near misses of S3's changes ---------------------------------------------------------------------------------
  {
    // reading: "your gas and electric" are services, not a utility named: no party, the PUC page is a source
    name: 'near miss (utility words): "Ask about the winter rules for your gas and electric at puc.pa.gov" is a source: referral na',
    lines: [[0, 'p', 'can they shut off my gas in winter'], [20, 'l', 'Hi, Jo at Erie County Public Library. Is it in Pennsylvania?'], [50, 'p', 'yes'], [56, 'l', 'The winter rules for your gas and electric are at puc.pa.gov/utility-customer-resources; look under "Winter Termination". Does that help?']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: '"Call Georgia Power and ask about the Budget Billing plan" names the utility with no number: referral fails',
    lines: [[0, 'p', 'my power bill doubled this winter'], [20, 'l', 'Hi, Jo at Cobb County Public Library. Is it Georgia Power?'], [50, 'p', 'yes'], [56, 'l', 'Call Georgia Power and ask about the Budget Billing plan; it spreads the winter bills over the year. Does that help?']],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: a thrift store's hours at a URL tell the patron to contact no one
    name: 'near miss (named charity): "The Salvation Army\'s thrift store hours are at satruck.org" refers to no one: referral na',
    lines: [[0, 'p', 'where can i get cheap furniture for my new apartment'], [20, 'l', 'Hi, Jo at Wichita Public Library. In Wichita?'], [50, 'p', 'ya'], [56, 'l', "The Salvation Army's thrift store hours are at satruck.org, and Habitat's ReStore lists its stock at wichitahabitat.org/restore. Does that help?"]],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'near miss (apply with): "Apply with your ID and proof of income at dhs.georgia.gov" is a website: referral na',
    lines: [[0, 'p', 'how do i apply for the water bill help'], [20, 'l', 'Hi, Jo at Athens Regional Library. Is it for Athens-Clarke water?'], [50, 'p', 'yes'], [56, 'l', 'Apply with your ID and proof of income at dhs.georgia.gov/low-income-household-water-assistance-program. Did that help?']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // reading: what residents do is information, no imperative to the patron
    name: 'near miss (report to 311): "Residents usually report potholes to 311" tells the patron nothing to do: referral na',
    lines: [[0, 'p', 'who fixes the potholes on my street'], [20, 'l', 'Hi, Jo at Chicago Public Library. Is it a city street?'], [50, 'p', 'yes'], [56, 'l', "The Chicago Department of Transportation fixes city streets; residents usually report potholes to 311. The city's street page is chicago.gov/cdot. Does that help?"]],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'near miss (present-tense service): "The Board of Review hears appeals in June" with no contact after it: referral na',
    lines: [[0, 'p', 'when can i appeal my assessment'], [20, 'l', 'Hi, Jo at Lake County Public Library. Which township?'], [50, 'p', 'waukegan'], [56, 'l', 'The Board of Review hears appeals in June; the dates for each township are on lakecountyil.gov/assessments. Does that help?']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'near miss (Spanish lead-in): "Para que usted llame a la oficina, necesita su número de caso" is no referral: referral na',
    lines: [[0, 'p', 'cómo sé mi número de caso de la renta'], [20, 'l', 'Hola, soy Jo de la Biblioteca de Houston. ¿Es del programa de ayuda de renta del condado?'], [50, 'p', 'si'], [56, 'l', 'Para que usted llame a la oficina, necesita su número de caso: está en el correo de confirmación. La guía está en harriscountytx.gov/renta. ¿Le sirve?']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'near miss (pronoun before a question): "Ask them whether you qualify" after only a guide\'s URL: no contact for them, referral fails',
    lines: [[0, 'p', 'do i qualify for senior housing'], [20, 'l', 'Hi, Jo at Tulsa City-County Library. How old are you?'], [50, 'p', '63'], [56, 'l', 'Our senior housing guide is at tulsalibrary.org/seniorhousing. Ask them whether you qualify for the 62+ buildings. Does that help?']],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: closing a ticket is not the session ending
    name: 'near miss (closing it): "Looks like you\'ve stepped away. I\'m closing the ticket on the rent question." after a check-in (idle 200 s): disconnect fails',
    lines: [[0, 'p', 'how do i check my rent relief application'], [20, 'l', 'Hi, Jo at Fresno County Public Library. Did you apply through the state or the city?'], [50, 'p', 'the state'], [56, 'l', 'You can check it at housing.ca.gov/covid_rr with your application ID. Did that help?'], [190, 'l', 'Are you still there?'], [256, 'l', "Looks like you've stepped away. I'm closing the ticket on the rent question."]],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    // (left in v19, fixed in v23 by the restatement family: "So the landlord gave you … but you're …" restates the patron's situation)
    name: 'restating the situation ("So the landlord gave you a 30-day notice but you\'re on a yearly lease") before the answer: clarify passes',
    lines: [[0, 'p', 'landlord gave me a 30 day notice to leave but my lease goes til august'], [20, 'l', "Hi, Jo at Madison Public Library. So the landlord gave you a 30-day notice but you're on a yearly lease through August. Let me find the rule."], [80, 'l', "In Wisconsin a landlord can't end a fixed-term lease early without cause: see the DATCP Landlord-Tenant guide at datcp.wi.gov. Does that help?"]],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
];

export const LEFT: SessionCase[] = [
  {
    // v23 (X2, left again): unchanged (a verb-less referral keyed on "is at").
    // LEFT: "For advice on your lease, Statewide Legal Services is at 1-800-…" names a party and its number with no verb
    // of contacting; a referralCanHelp alternative keyed on "is at" would run at every "is" (the import's speed target)
    name: 'LEFT (referral: "<party> is at <phone>" with no verb) statewide law library, lease clause: "I can\'t tell you whether to sign it" then the statute and legal aid with its phone; the patron goes quiet after "Did that help?" (idle 230 s): check-in and notice pass',
    lines: [
      [0, 'p', 'My new lease says I have to pay for all repairs under $500. Is that even legal in Connecticut?'],
      [40, 'l', "Hello, you've reached the Connecticut State Library law desk; this is Pat. I can't tell you whether to sign it, since I'm not a lawyer, but I can show you the law. Is this an apartment in a building with more than one unit?"],
      [90, 'p', 'yes 3 family house'],
      [98, 'l', 'One moment, looking up the statute.'],
      [170, 'l', 'Conn. Gen. Stat. 47a-7 puts most repairs on the landlord, and 47a-4 says a lease cannot make you waive those rights: cga.ct.gov/current/pub/chap_830.htm. For advice on your lease, Statewide Legal Services is at 1-800-453-3320. Did that help?'],
      [300, 'l', 'Are you still with me?'],
      [400, 'l', "It looks like you've stepped away, so I'll close this chat now. You're welcome to come back anytime. Thank you!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' }),
  },
];

describe('eighteenth round (S3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('eighteenth round (S3): housing and utilities, every check', whole);
describeSessions('eighteenth round (S3): housing and utilities, short cases', short);

describeLeft('eighteenth-round-housing', LEFT);
