/**
 * Thirty-sixth round (E6), a narrowing wave: v36's blocks that had no wave after them, both ways (what they read that is not
 * their behaviour, and what they skip that is): block G6 (AI tools: `phoneLineG6`, a question about which phone a call came
 * to counts as clarifying; `pronounLeadPartyG6`, "… is up to your instructor, so check with them" does not borrow an earlier
 * sentence's URL) and block G8 (getting places: `namedMapG8`, a map named by its title is a source; `referralParty` "travel
 * trainer"; `referralCanHelp` "can set you up with / get you set up for / a travel trainer can ride with you"; `notPromise`
 * "your travel trainer / MTA Mobility will call you").
 *
 * PARAPHRASE SWEEP. The shapes tried, in English (American, British, chat-speak) and Spanish:
 *  "… Map" titles that are no map to use: an app's feature ("Strava's Route Map feature", "Citymapper's Tube Map mode", "the
 *   London Tube Map app"), a game ("in the game Mini Metro he can build a London Subway System Map of his own"), a café
 *   ("Annapolis Bike Map Coffee on West Street"), songs ("Bus Route Map is also a song by …", "the song Subway System Map
 *   from Sesame Street"); maps said not to be had ("isn't available in print anymore", "We've run out of", "hasn't been
 *   printed since 2015", British "We haven't got … in stock", "We don't carry", "is checked out until June", Spanish "ya no
 *   se imprime", "No tenemos el …", "we're out of … right now" in a whole session); maps by their titles G8 skips ("TfL's
 *   Tube Map", "the Official Maryland Highway Map", "The New York City Subway Map", "WMATA's Metro Map", "The Staten Island
 *   Ferry Map", chat-speak "the capital crescent trail map"); and titles that must stay read ("Make sure to grab the
 *   Maryland Bicycle Map", "… is available at the trailhead", "elevators were out of service", "hasn't been updated since
 *   2015, but it still shows …");
 *  "set you up" with subjects that are no party (a form, a SmarTrip card, a nephew, a daughter, Google Maps, "We", "I", the
 *   Mobility app, the Transit app, the phone's settings, Spanish "La app le puede inscribir", "Su hija le puede apuntar") and
 *   with parties in other words (the patron's mother or son as the one set up: "can get her set up", "can set him up";
 *   chat-speak "can hook u up w a travel trainer"; "can get you signed up for", "can sign you up for"; British "can get you
 *   sorted with a bus pass", "ring them on 0113 …"; Spanish "le puede inscribir", "le pueden inscribir …; llame al …");
 *  outside staff who will call beside the provider's own promise ("and I'm going to e-mail you …", "you'll hear from me by
 *   Friday", British "I shall post the map", "we'll e-mail", "I'll e-mail you the form tomorrow" in the next sentence, Spanish
 *   "y yo le enviaré el mapa"), the provider's library's own staff ("The library's delivery driver", "The Homebound Services
 *   team"), "as well as text you", and the staff's call in words G8 skips (British "will ring you", "will be in touch with
 *   you", "will get back to you", "is going to call you", Spanish "MTA Mobility le llamará", "su entrenador de viajes le
 *   llamará", "el chofer de MTA Mobility le llamará");
 *  phone-line questions outside AI tools: a scam in the present ("are they calling ur cell or ur landline", British "Are they
 *   ringing your mobile or your landline?", "Are they still texting your phone"), Spanish "¿La llamada llegó a su celular …?",
 *   a jury-duty scam, an impostor using the library's name; and questions about the library reaching the patron ("Did the
 *   library's text come to your cell …?", "Did the text from the library …", "Is the library calling your cell …", "Are we
 *   calling your mobile …", "Is it ok if we text your cell", "Did the callback from the branch …");
 *  pronoun-led referrals outside AI tools: "… up to the MVA, so ask them" after the MVA's own URL (mva.maryland.gov), the
 *   MTA's (mta.maryland.gov), a landlord after a tenant handbook's URL, "the MVA" after dmv.org (another party's host), "the
 *   Lancaster County Recorder of Deeds" after gis.co.lancaster.pa.us (the county's GIS).
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before the scorer ran. Readings taken where it leaves room:
 * - a map published under its own title is a named resource (G8's reading), whatever the kind of map (Tube, Subway,
 *   Highway, Metro, Ferry); a title that names an app's feature, a game, a shop or a song is no map to use, and "a map the
 *   library is out of / has not got / is checked out" is none the patron can use now (no source); an old edition still
 *   usable ("hasn't been updated since 2015, but it still shows …") is one;
 * - a party that can set up the patron's mother or son ("can get her set up") is pointed to as much as one that can set up
 *   the patron (G8's reading), and so is one that can "sign you up / hook u up / get you sorted"; a relative, an app, a card,
 *   a form or the provider's own library setting the patron up is no referral;
 * - "someone from your library will contact you" is Terms' own example of a follow-up, so the library's delivery driver or
 *   Homebound Services team who will call is the provider's promise; an outside agency's staff (MTA Mobility, a travel
 *   trainer) who will ring, be in touch or get back is not; the provider's own promise in the same sentence in any words
 *   ("I'm going to", "you'll hear from me", "I shall") keeps it a follow-up;
 * - a question about which phone a scam caller is still calling is the patron's situation (clarifying), as G6's past-tense
 *   one; a question about the library's own text or call reaching the patron is about reaching the patron (not clarifying);
 * - a URL whose host is the party's own name ("mva.maryland.gov" for "the MVA") is that party's way to reach it, as v29 D2
 *   and v33 S3 read a party's domain; "dmv.org" is not the MVA's.
 *
 * Written: 88 cases, all labelled before running: a first batch of 4 whole sessions and 38 short cases; a second batch of 1
 * whole session and 33 near misses of the fixes (`guards`), and 1 more guard written for the too-wide check of
 * `phoneLineE6`; a third batch of 10 short cases in the fixes' own words; 1 guard after the full run (below). Run: 4 whole,
 * 46 short, 35 in `guards`; LEFT: 3.
 *
 * First run (42 cases): 31 disagreed; my labels corrected: 0 (each re-read against RUBRIC.md and kept).
 *  - info.source 15: 11 read by G8 (the C&O whole session's "we're out of", the app feature, game, café and song, and the
 *    maps "isn't available", "run out of", "hasn't been printed since", "haven't got", "don't carry", Spanish "ya no se
 *    imprime"); 4 skipped (Tube, Highway, Subway titles; the lower-case title).
 *  - referral.contact 7: 6 G8 skips ("can get her set up" in the British whole session, "can set him up", "hook u up w",
 *    "get you signed up for", "get you sorted with", Spanish "le puede inscribir"); 1 G6's ("… up to the MVA, so ask them"
 *    after mva.maryland.gov/contact loses the MVA's own URL).
 *  - inquiry.clarify 2: 1 G6 skip (the present "are they calling ur cell or ur landline", whole session); 1 G6 reading ("Did
 *    the library's text come to your cell or your landline?").
 *  - followup.contact / resolution.code (and followup.on_time) 7: G8's notPromise taking the provider's own promise ("I'm
 *    going to e-mail you", "you'll hear from me by Friday"), the library's own driver, and "as well" read as "we'll" (4);
 *    its skips: British "will ring you", "will get back to you", Spanish "MTA Mobility le llamará" (whole session) (3).
 * Fixed in block E6 (v37 only; near misses in `guards`):
 *  - `namedMapE6` (classify.ts `namedMapE6`, in place of `namedMapG8` where G8's setting is on): G8's title with the kinds
 *    Tube, Subway, Highway, Metro, Ferry, Tram, Cycle, Cycling, Streetcar; not before feature, mode, tool, game, coffee, café,
 *    shop, song, album, podcast, ride, race, tour and the like, nor after "song / game / app …" or "build / make / draw (a /
 *    his …) (own)", nor "<title> is also a song / game / café …"; a map not to be had in more words ("isn't available",
 *    "(we've) run / ran / sold out of the / it …", "sold out", "checked out", "hasn't been printed since", "haven't got",
 *    "don't carry / stock / sell", Spanish "ya no se imprime", "agotado", "no tenemos") [near misses still read: "Make sure to
 *    grab the Maryland Bicycle Map", "… is available at the trailhead", "elevators were out of service", "hasn't been updated
 *    since 2015, but …", "The Staten Island Ferry Map"; not read: "the London Tube Map app", "I Looked At The Subway Map",
 *    "the song Subway System Map", "is checked out until June", "No tenemos el Maryland Bicycle Map"].
 *  - `phoneLineE6` (classify.ts `phoneNowE6`, `librarySentE6`, in the contact-question exceptions): G6's question also in
 *    the present with a third party, the calls or texts as the subject ("are they calling / ringing / still texting …"); and
 *    not when the library is the one that texted or called ("the library's text", "the text from the library") [near misses:
 *    "Is it ok if we text your cell", "Is the library calling your cell …", "Are we calling your mobile …" not clarifying;
 *    "Did the call come to your cell or your landline, and did they mention the library by name?", "Did the call to your
 *    landline claim to be from the library?" still clarifying].
 *  - `pronounHostE6` (checks/referral.ts, classify.ts `pronounHostE6`): G6's pronoun-led referral keeps an earlier sentence's
 *    URL whose first host label (after "www") is a word of the referral's sentence (mva.maryland.gov, "the MVA";
 *    mta.maryland.gov, "the MTA") [near misses: apastyle.apa.org before "… your instructor, so check with them", dmv.org
 *    before "… the MVA, so ask them", samplelibrary.org before "Your professor decides, so ask her", and a later label,
 *    gis.co.lancaster.pa.us before "… up to the Lancaster County Recorder of Deeds, so ask them", stay no way to reach the
 *    party]. The first full run took any label of the host: eleventh-round-referrals' "Google 'Lancaster County Recorder of
 *    Deeds' for their number and call them" after gis.co.lancaster.pa.us passed; the rule now reads the first label only,
 *    and the near miss was added to `guards`.
 *  - referralCanHelp (phrasesV37E6 swaps G8's alternative): "set / get … set up" with her, him, them; "get you signed up /
 *    sorted (with / for)", "sign you up (with / for)", "hook you up (with / w)", "sort you out with"; Spanish "le puede
 *    inscribir / apuntar" beside "ayudar" (the subject still a party) [near misses: "I can get you signed up for a library
 *    card", "Your daughter can hook you up with the Transit app", "The Transit app can sign you up for service alerts", "We
 *    can sort you out with a printout", "Your phone's accessibility settings can set you up", Spanish "La app le puede
 *    inscribir", "Su hija le puede apuntar": no referral].
 *  - notPromise (phrasesV37E6 swaps G8's alternative, and adds a Spanish one): the staff's verbs ring, get back to, be / get
 *    in touch with, and "is / are going to"; the provider's own promise after it also as "I'm / I am / we're going to",
 *    "I / we shall", "from me / from us", and "as well" no longer taken for "we'll"; not the library's, a branch's, the
 *    bookmobile's, outreach or homebound staff; Spanish "MTA Mobility / su entrenador de viajes / el chofer … le llamará",
 *    not with "yo le enviaré …" after it [near misses: "… I'll e-mail you the form tomorrow" in the next sentence, "The
 *    Homebound Services team will call you", "we'll e-mail you the map Friday", Spanish "y yo le enviaré el mapa mañana", "I
 *    shall post the map": follow-ups; "as well as text you", "will be in touch with you within a fortnight": none].
 * Each of the settings' rules was then widened on purpose (no words after "Map", no before/after test, no E6 words for a map
 * not to be had; any subject for "are … calling"; any "library" for the library as sender; any host label; "well" for
 * "as well"; no library exclusion): the near misses that guard them failed, as they should (18 cases), and the rules went
 * back as written.
 * Second run (the 34 cases of the second batch): 0 disagreed; third run (the 10 of the third batch): 0; the guard added
 * after the full run: 0. Earlier files pass.
 * Left (3, each with its reason in LEFT): the British whole session whose application URL shares the referral's sentence
 * (v9 N lends it to the party; older), a lower-case map title (only a list would tell), "Your local Age UK" (no party
 * word; older).
 * v37's fingerprint after block E6: ca207c042b6e168f.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type Line, type SessionCase, some, usual } from './helpers';
import { one } from './narrowing-lines';

/** A bike-route question up to the patron's answer to the clarifying question. */
const BIKE: Line[] = [
  [0, 'p', 'looking for bike routes around annapolis, is there a map'],
  [20, 'l', "Hi, I'm Jo at AskUsNow!. Road riding or trails?"],
  [50, 'p', 'trails mostly'],
];
/** A paratransit question up to the patron's answer. */
const MOB: Line[] = [
  [0, 'p', 'how do i sign up for paratransit, i cant walk to the bus stop anymore'],
  [20, 'l', 'Hello, this is Jo, a librarian at Sample County Library. Which county do you live in?'],
  [50, 'p', 'Howard, in Columbia'],
];
/** A British bus-pass question up to the patron's answer. */
const UK: Line[] = [
  [0, 'p', 'hiya, how do i get an older persons bus pass'],
  [20, 'l', "Hello, you're through to Ask a Librarian, Gemma here. Which council area do you live in?"],
  [50, 'p', 'Leeds'],
];
/** A Spanish paratransit question up to the patron's answer. */
const ES: Line[] = [
  [0, 'p', 'hola, mi papá usa silla de ruedas, cómo consigue transporte para sus citas'],
  [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿En qué condado vive su papá?'],
  [50, 'p', 'en Howard'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** `ES`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const thenEs = (text: string): Line[] => [...ES, [70, 'l', text], [100, 'p', 'gracias'], [106, 'l', '¡Que le vaya bien, adiós!']];
/** The patron's question `q`, the greeting, the provider's only question `ask` at 40 s, the reply, an answer with a URL. */
const asks = (q: string, ask: string, reply: string, answer: string): Line[] => [
  [0, 'p', q],
  [20, 'l', 'Hi, Jo here at Ask a Librarian.'],
  [40, 'l', ask],
  [60, 'p', reply],
  [80, 'l', answer],
  [110, 'p', 'ok thanks'],
  [116, 'l', 'Take care, bye!'],
];

export const whole: SessionCase[] = [
  {
    name: 'chat-speak scam call: "are they calling ur cell or ur landline?" is the only question, then the FTC page',
    lines: [
      [0, 'p', 'got a call from "social security" saying my number was suspended?? is that real'],
      [20, 'l', 'Hi, this is Marcus, a librarian with AskUsNow!'],
      [30, 'l', 'are they calling ur cell or ur landline, and did they ask for money?'],
      [55, 'p', 'my cell, like 3 times today. they wanted gift cards'],
      [80, 'l', 'That is a scam: Social Security never says your number is suspended and never asks for gift cards. The FTC explains these calls at consumer.ftc.gov/articles/government-imposter-scams. Did that help?'],
      [110, 'p', 'yes thank u, thats all'],
      [118, 'l', 'Glad to help. Thanks for chatting with us, take care!'],
    ],
    // the question asks about the scam calls (the patron's situation), and "did they ask for money" too
    exp: usual(),
  },
  {
    name: 'Spanish paratransit: "MTA Mobility le llamará para la evaluación" (the agency, after the application): no follow-up',
    lines: [
      [0, 'p', 'buenas, mi papá usa silla de ruedas, cómo se inscribe en MTA Mobility?'],
      [25, 'l', 'Hola, le atiende Lucía, bibliotecaria de AskUsNow!. ¿En qué condado vive su papá?'],
      [60, 'p', 'en Baltimore County'],
      [90, 'l', 'Se llena la solicitud en mta.maryland.gov/mobility y después MTA Mobility le llamará para programar la evaluación. ¿Le sirve esta información?'],
      [130, 'p', 'si, es todo, gracias'],
      [138, 'l', '¡Con gusto! Gracias por escribirnos, hasta luego.'],
    ],
    exp: usual(),
  },
  {
    name: 'C&O towpath: "we\'re out of the C&O Canal Towpath Trail Map right now" (not to be had), an answer from memory',
    lines: [
      [0, 'p', 'do you have the C&O Canal towpath map? want to bike it in may'],
      [20, 'l', 'Hi! Jo here, a librarian at Sample County Library. Are you starting from Georgetown or from Cumberland?'],
      [50, 'p', 'georgetown'],
      [75, 'l', "Sorry, we're out of the C&O Canal Towpath Trail Map right now. The towpath has mile markers from Georgetown, and it is gravel the whole way. Is there anything else I can help with?"],
      [110, 'p', 'no thats ok thanks'],
      [118, 'l', 'Thanks for chatting, enjoy the ride!'],
    ],
    // a map said not to be had is no source; the answer has no completeness question
    exp: usual({ source: 'fail', complete: 'fail' }),
  },
  {
    name: 'British bus pass, the URL in its own sentence first: "If she can\'t, the council\'s travel team can get her set up"',
    lines: [
      [0, 'p', 'hiya, my nan is 70 and wants a free bus pass, how does she get one?'],
      [25, 'l', "Hello, you're through to Ask a Librarian, this is Gemma. Which council area does your nan live in?"],
      [60, 'p', 'Leeds'],
      [90, 'l', "Thanks. She can apply online at wymetro.com/concessions. If she can't do it online, Leeds City Council's travel team can get her set up with the pass. Does that answer your question?"],
      [130, 'p', 'yes brill thats everything ta'],
      [140, 'l', 'Lovely, thanks for chatting, cheers!'],
    ],
    // the URL's sentence names no party and is the pass's application page: no way to reach the travel team
    exp: usual({ referral: 'fail' }),
  },
];

export const checked: SessionCase[] = [
  // ---- namedMapG8: "… Map" titles that are no map the patron can use ----
  { name: 'namedMap near miss: an app feature, "Strava\'s Route Map feature lets you draw a loop" : source fails', lines: then(BIKE, "Strava's Route Map feature lets you draw a loop and share it with friends. Does that help?"), exp: some({ source: 'fail' }) },
  { name: 'namedMap near miss: a game, "in the game Mini Metro he can build his own Subway System Map" : source fails', lines: one('my son is obsessed with subways, any ideas', 'In the game Mini Metro he can build a London Subway System Map of his own. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'namedMap near miss: a café, "The Saturday rides leave from Annapolis Bike Map Coffee on West Street" : source fails', lines: then(BIKE, 'The Saturday group rides leave from Annapolis Bike Map Coffee on West Street at 8. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'namedMap near miss: a song, "Bus Route Map is also a song by the Weakerthans, ha" : source fails', lines: then(BIKE, 'Ha, Bus Route Map is also a song by the Weakerthans. Anyway, the trails near you are mostly paved. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'namedMap near miss: "the Maryland Bicycle Map isn\'t available in print anymore" : source fails', lines: then(BIKE, "Sorry, the Maryland Bicycle Map isn't available in print anymore. Does that help?"), exp: some({ source: 'fail' }) },
  { name: 'namedMap near miss: "We\'ve run out of the Metrorail System Map at the desk" : source fails', lines: then(BIKE, "We've run out of the Metrorail System Map at the desk, sorry. Does that help?"), exp: some({ source: 'fail' }) },
  { name: 'namedMap near miss: "The Baltimore Bike Map hasn\'t been printed since 2015" : source fails', lines: then(BIKE, "The Baltimore Bike Map hasn't been printed since 2015, I'm afraid. Does that help?"), exp: some({ source: 'fail' }) },
  { name: 'namedMap near miss: British "We haven\'t got the Thames Path Walking Map in stock" : source fails', lines: then(UK, "We haven't got the Thames Path Walking Map in stock at the moment, sorry. Does that help?"), exp: some({ source: 'fail' }) },
  { name: 'namedMap near miss: "We don\'t carry the Potomac Heritage Trail Map" : source fails', lines: then(BIKE, "We don't carry the Potomac Heritage Trail Map, sorry. Does that help?"), exp: some({ source: 'fail' }) },
  { name: 'namedMap near miss: Spanish "el Maryland Bicycle Map ya no se imprime" : source fails', lines: thenEs('Lo siento, el Maryland Bicycle Map ya no se imprime. ¿Le sirve?'), exp: some({ source: 'fail' }) },
  // ---- namedMapG8: maps by their titles it skips ----
  { name: 'namedMap behaviour: British "Pick up TfL\'s Tube Map at any station" : source passes', lines: then(UK, "Pick up TfL's Tube Map at any station; it marks the step-free ones. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'namedMap behaviour: "the Official Maryland Highway Map at any welcome center" : source passes', lines: then(BIKE, 'Grab a free copy of the Official Maryland Highway Map at any welcome center; it shows the state trails too. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'namedMap behaviour: "The New York City Subway Map shows which stations have elevators" : source passes', lines: then(BIKE, 'The New York City Subway Map shows which stations have elevators. Does that help?'), exp: some({ source: 'pass' }) },

  // ---- referralCanHelp "set you up": subjects that are no party ----
  { name: 'setUp near miss: a form, "The reduced fare form can get you set up for half-price rides" : no referral', lines: then(MOB, "The reduced fare form can get you set up for half-price rides; it's at mta.maryland.gov/reduced-fare. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'setUp near miss: a card, "A SmarTrip card can set you up with autoload" : no referral', lines: then(MOB, 'A SmarTrip card can set you up with autoload so you never run out of fare. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'setUp near miss: a relative, "Your nephew could set you up with the Transit app" : no referral', lines: then(MOB, 'Your nephew could set you up with the Transit app on your phone. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'setUp near miss: "Google Maps can get you set up with step-free directions" : no referral', lines: then(MOB, 'Google Maps can get you set up with step-free directions. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'setUp near miss: "We can get you set up with a hotspot to borrow" (the provider\'s library) : no referral', lines: then(MOB, 'We can get you set up with a hotspot to borrow, so the Transit app works on the go. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'setUp near miss: "The Mobility app can set you up with trip reminders" : no referral', lines: then(MOB, 'The Mobility app can set you up with trip reminders the night before. Does that help?'), exp: some({ referral: 'na' }) },
  // ---- referralCanHelp "set you up": parties it skips ----
  { name: 'setUp party: "Howard Transit\'s travel trainer can set him up with a first ride" (the patron\'s son) : referral fails', lines: then(MOB, "Howard Transit's travel trainer can set him up with a first ride. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'setUp party: chat-speak "the county transit office can hook u up w a travel trainer" : referral fails', lines: then(MOB, 'the county transit office can hook u up w a travel trainer. that help?'), exp: some({ referral: 'fail' }) },
  { name: 'setUp party: "The Mobility certification office can get you signed up for the interview" : referral fails', lines: then(MOB, 'The Mobility certification office can get you signed up for the eligibility interview. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'setUp party: British "the council\'s travel team can get you set up; ring them on 0113 222 4444" : referral passes', lines: then(UK, "Leeds City Council's concessionary travel team can get you set up with a bus pass; ring them on 0113 222 4444. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'setUp party: Spanish "La oficina de tránsito del condado le puede inscribir con un entrenador de viajes" : referral fails', lines: thenEs('La oficina de tránsito del condado le puede inscribir con un entrenador de viajes. ¿Le sirve?'), exp: some({ referral: 'fail' }) },

  // ---- notPromise: outside staff who will call, and the provider's own promise ----
  { name: 'notPromise near miss: "Your travel trainer will call you next week, and I\'m going to e-mail you the schedule tomorrow" : a follow-up', lines: then(MOB, "Your travel trainer will call you next week, and I'm going to e-mail you the bus schedule tomorrow. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'notPromise near miss: "The library\'s delivery driver will call you Tuesday to set a time" (the library\'s own) : a follow-up', lines: then(MOB, "The library's delivery driver will call you Tuesday to set a time for your books. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'notPromise near miss: "MTA Mobility will call you, as well as mail you a letter" : no follow-up', lines: then(MOB, 'After you apply, MTA Mobility will call you to book the assessment, as well as mail you a letter. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'notPromise gap: British "Your travel trainer will ring you within the week" : no follow-up', lines: then(UK, 'Your travel trainer will ring you within the week to plan the first trip. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'notPromise gap: "MTA Mobility will get back to you with a decision within 21 days" : no follow-up', lines: then(MOB, 'MTA Mobility will get back to you with a decision within 21 days of the assessment. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'notPromise: "Your travel trainer will call you, and then you\'ll hear from me by Friday with the map" : a follow-up', lines: then(MOB, "Your travel trainer will call you, and then you'll hear from me by Friday with the route map. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },

  // ---- pronounLeadPartyG6: other contexts ----
  { name: 'pronounLead: "The Motor Vehicle Administration\'s online chat is at mva.maryland.gov/contact. … up to the MVA, so ask them" : referral passes', lines: then(MOB, "The Motor Vehicle Administration's online chat is at mva.maryland.gov/contact. Whether your disability placard transfers is up to the MVA, so ask them. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'pronounLead: "The tenant handbook is at peoples-law.org/tenants. … up to your landlord, so ask him" : referral fails', lines: one('will i get my deposit back', 'The tenant handbook is at peoples-law.org/tenants. Whether the pet deposit comes back is up to your landlord, so ask him. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },

  // ---- phoneLineG6: other contexts ----
  { name: 'phoneLine: Spanish "¿La llamada llegó a su celular o a su teléfono fijo?" (a scam call) : clarify passes', lines: asks('me llamaron diciendo que soy ganador de un premio, es real?', '¿La llamada llegó a su celular o a su teléfono fijo?', 'al celular', 'Es una estafa común; la FTC lo explica en consumidor.ftc.gov. ¿Le sirve?'), exp: some({ clarify: 'pass' }) },
  { name: 'phoneLine: "Did the call show up as a local number on your cell?" (a jury-duty scam) : clarify passes', lines: asks('someone called saying i missed jury duty and owe a fine', 'Did the call show up as a local number on your cell?', 'yes a 410 number', 'Courts never call about fines for jury duty; see mdcourts.gov/juryservice for the real process. Does that help?'), exp: some({ clarify: 'pass' }) },
  { name: 'phoneLine near miss: "Did the callback from the branch come to your cell?" (the library reaching the patron) : clarify fails', lines: asks('is my hold ready', 'Did the callback from the branch come to your cell?', 'no', 'Your hold is ready at the Central branch until Friday; see samplelibrary.org/account. Does that help?'), exp: some({ clarify: 'fail' }) },
  { name: 'phoneLine near miss: "Did the library\'s text come to your cell or your landline?" : clarify fails', lines: asks('is my hold ready', "Did the library's text come to your cell or your landline?", 'cell', 'Your hold is ready at the Central branch until Friday; see samplelibrary.org/account. Does that help?'), exp: some({ clarify: 'fail' }) },
  // ---- third batch (after the fixes): the fixes' own words in more registers ----
  { name: 'namedMap behaviour: "WMATA\'s Metro Map is posted in every station" : source passes', lines: then(MOB, "WMATA's Metro Map is posted in every station and marks the elevators. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'namedMap near miss: "Citymapper\'s Tube Map mode shows step-free routes" : source fails', lines: then(UK, "Citymapper's Tube Map mode shows step-free routes. Does that help?"), exp: some({ source: 'fail' }) },
  { name: 'notPromise behaviour: "MTA Mobility is going to call you next week" : no follow-up', lines: then(MOB, 'Once the form is in, MTA Mobility is going to call you next week for the interview. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'notPromise near miss: British "The travel trainer will call you, and I shall post the map to you by Friday" : a follow-up', lines: then(UK, 'The travel trainer will call you, and I shall post the map to you by Friday. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'notPromise: Spanish "El chofer de MTA Mobility le llamará cuando esté cerca" : no follow-up', lines: thenEs('El día del viaje, el chofer de MTA Mobility le llamará cuando esté cerca. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'setUp party: "The county\'s Office on Aging can sign you up for the senior taxi program" : referral fails', lines: then(MOB, "The county's Office on Aging can sign you up for the senior taxi program. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'setUp near miss: "Your phone\'s accessibility settings can set you up with larger text" : no referral', lines: then(MOB, "Your phone's accessibility settings can set you up with larger text in the Transit app. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'phoneLine: British "Are they ringing your mobile or your landline?" (a scam) : clarify passes', lines: asks('someone keeps ringing saying theyre from my bank', 'Are they ringing your mobile or your landline?', 'mobile', 'Banks never ask for your PIN by phone; Action Fraud explains at actionfraud.police.uk. Does that help?'), exp: some({ clarify: 'pass' }) },
  { name: 'phoneLine near miss: "Are we calling your mobile or your landline for hold notices?" : clarify fails', lines: asks('i never hear about my holds', 'Are we calling your mobile or your landline for hold notices?', 'landline', 'You can change that at samplelibrary.org/account under Notifications. Does that help?'), exp: some({ clarify: 'fail' }) },
  { name: 'pronounHost: "The Maryland Transit Administration\'s contact page is mta.maryland.gov/contact-us. … up to the MTA, so ask them" : referral passes', lines: then(MOB, "The Maryland Transit Administration's contact page is mta.maryland.gov/contact-us. Whether the reduced fare applies is up to the MTA, so ask them. Does that help?"), exp: some({ referral: 'pass' }) },
];

export const guards: SessionCase[] = [
  // ---- namedMapE6: still read (a title with "make", "available", "out of service", an old edition; the new kinds) ----
  { name: 'namedMap guard: "Make sure to grab the Maryland Bicycle Map at a welcome center" : source passes', lines: then(BIKE, 'Make sure to grab the Maryland Bicycle Map at a welcome center; it rates the roads for cycling. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'namedMap guard: "The Capital Crescent Trail Map is available at the trailhead" : source passes', lines: then(BIKE, 'The Capital Crescent Trail Map is available at the trailhead and shows every water fountain. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'namedMap guard: "The Metrorail System Map … which elevators were out of service last week" : source passes', lines: then(MOB, 'The Metrorail System Map marks the stations whose elevators were out of service last week. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'namedMap guard: "The Baltimore Bike Map hasn\'t been updated since 2015, but it still shows the main trails" : source passes', lines: then(BIKE, "The Baltimore Bike Map hasn't been updated since 2015, but it still shows the main trails. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'namedMap guard: "the Staten Island Ferry Map shows the terminals" : source passes', lines: then(MOB, 'The Staten Island Ferry Map shows both terminals and the accessible ramps. Does that help?'), exp: some({ source: 'pass' }) },
  // ---- namedMapE6: not read ----
  { name: 'namedMap guard: "Download the London Tube Map app" : source fails', lines: then(UK, 'Download the London Tube Map app; it works offline. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'namedMap guard: "I Looked At The Subway Map Earlier" (every word capitalised) : source fails', lines: then(MOB, 'I Looked At The Subway Map Earlier And It Shows Columbia. Good luck!'), exp: some({ source: 'fail' }) },
  { name: 'namedMap guard: "My kids love the song Subway System Map from Sesame Street" : source fails', lines: then(MOB, 'Ha, my kids love the song Subway System Map from Sesame Street. The bus is your best bet from Columbia. Good luck!'), exp: some({ source: 'fail' }) },
  { name: 'namedMap guard: "Our copy of the Capital Crescent Trail Map is checked out until June" : source fails', lines: then(BIKE, 'Our copy of the Capital Crescent Trail Map is checked out until June, sorry. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'namedMap guard: Spanish "No tenemos el Maryland Bicycle Map, lo siento" : source fails', lines: thenEs('No tenemos el Maryland Bicycle Map, lo siento. ¿Le sirve?'), exp: some({ source: 'fail' }) },
  // ---- phoneLineE6 ----
  { name: 'phoneLine guard: "Are they still texting your phone, or just calling?" (a scam) : clarify passes', lines: asks('someone keeps texting me that my package is held', 'Are they still texting your phone, or just calling?', 'both', 'That is a delivery scam; the USPS explains it at uspis.gov/tips-prevention/smishing. Does that help?'), exp: some({ clarify: 'pass' }) },
  { name: 'phoneLine guard: "Is it ok if we text your cell?" : clarify fails', lines: asks('is my hold ready', 'Is it ok if we text your cell when it comes in?', 'sure', 'Your hold is ready at the Central branch until Friday; see samplelibrary.org/account. Does that help?'), exp: some({ clarify: 'fail' }) },
  { name: 'phoneLine guard: "Is the library calling your cell or your landline about holds?" : clarify fails', lines: asks('i never hear about my holds', 'Is the library calling your cell or your landline about holds?', 'landline i think', 'You can change that at samplelibrary.org/account under Notifications. Does that help?'), exp: some({ clarify: 'fail' }) },
  { name: 'phoneLine guard: "Did the text from the library come to your cell?" : clarify fails', lines: asks('is my hold ready', 'Did the text from the library come to your cell?', 'no', 'Your hold is ready at the Central branch until Friday; see samplelibrary.org/account. Does that help?'), exp: some({ clarify: 'fail' }) },
  { name: 'phoneLine guard: "Did the call to your landline claim to be from the library?" (a scam in its name) : clarify passes', lines: asks('someone called saying my library card was hacked', 'Did the call to your landline claim to be from the library?', 'yes', 'We never call about hacked cards; the FTC explains impostor calls at consumer.ftc.gov/impostors. Does that help?'), exp: some({ clarify: 'pass' }) },
  { name: 'phoneLine guard: "Did the call come to your cell or your landline, and did they mention the library?" : clarify passes', lines: asks('someone called saying my library card was hacked', 'Did the call come to your cell or your landline, and did they mention the library by name?', 'cell, yes', 'We never call about hacked cards; the FTC explains impostor calls at consumer.ftc.gov/impostors. Does that help?'), exp: some({ clarify: 'pass' }) },
  // ---- pronounHostE6 ----
  { name: 'pronounHost guard: "The format is at apastyle.apa.org/blog. … up to your instructor, so check with them" : referral fails', lines: one('can i use chatgpt in my paper', 'The format is at apastyle.apa.org/blog/how-to-cite-chatgpt. Whether AI is allowed is up to your instructor, so check with them. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'pronounHost guard: "The dmv guide is at dmv.org/maryland. … up to the MVA, so ask them" (another party\'s host) : referral fails', lines: then(MOB, 'The dmv guide is at dmv.org/maryland. Whether your placard transfers is up to the MVA, so ask them. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'pronounHost guard: "The parcel viewer is at gis.co.lancaster.pa.us. … up to the Lancaster County Recorder, so ask them" (a later label) : referral fails', lines: one('who owns the empty lot next to me', 'The parcel viewer is at gis.co.lancaster.pa.us/parcelviewer. Whether the deed is recorded is up to the Lancaster County Recorder of Deeds, so ask them. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'pronounHost guard: "Our guide is at samplelibrary.org/ai. Your professor decides, so ask her." : referral fails', lines: one('can i use chatgpt in my paper', 'Our guide is at samplelibrary.org/ai. Your professor decides, so ask her. Does that help?'), exp: some({ referral: 'fail' }) },
  // ---- referralCanHelp: no party as the subject ----
  { name: 'setUp guard: "I can get you signed up for a library card today" : no referral', lines: then(MOB, 'I can get you signed up for a library card today, and the Mobility form is at mta.maryland.gov/mobility. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'setUp guard: "Your daughter can hook you up with the Transit app" : no referral', lines: then(MOB, 'Your daughter can hook you up with the Transit app on your phone. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'setUp guard: "The Transit app can sign you up for service alerts" : no referral', lines: then(MOB, 'The Transit app can sign you up for service alerts on your route. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'setUp guard: British "We can sort you out with a printout of the timetable" (the library) : no referral', lines: then(UK, 'We can sort you out with a printout of the timetable at the desk. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'setUp guard: Spanish "La app le puede inscribir en las alertas" : no referral', lines: thenEs('La app le puede inscribir en las alertas del autobús. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  { name: 'setUp guard: Spanish "Su hija le puede apuntar en la lista" : no referral', lines: thenEs('Su hija le puede apuntar en la lista de viajes desde el celular. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  { name: 'setUp behaviour: British "Your local council can get you sorted with a bus pass" : referral fails', lines: then(UK, 'Your local council can get you sorted with a bus pass. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'setUp behaviour: Spanish "En la oficina de MTA Mobility le pueden inscribir …; llame al 410-764-8181" : referral passes', lines: thenEs('En la oficina de MTA Mobility le pueden inscribir para la evaluación; llame al 410-764-8181. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  // ---- notPromise ----
  { name: 'notPromise guard: "MTA Mobility will call you to book the assessment. I\'ll e-mail you the form tomorrow." : a follow-up', lines: then(MOB, "MTA Mobility will call you to book the assessment. I'll e-mail you the form tomorrow. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'notPromise guard: "The Homebound Services team will call you to set up delivery" (the library\'s own) : a follow-up', lines: then(MOB, 'The Homebound Services team will call you to set up delivery. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'notPromise guard: "The travel trainer will call you, and we\'ll e-mail you the map Friday" : a follow-up', lines: then(MOB, "The travel trainer will call you, and we'll e-mail you the map Friday. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'notPromise guard: Spanish "MTA Mobility le llamará …, y yo le enviaré el mapa mañana" : a follow-up', lines: thenEs('MTA Mobility le llamará para la evaluación, y yo le enviaré el mapa mañana por correo. ¿Le sirve?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'notPromise guard: "MTA Mobility\'s driver will call you when ten minutes out, as well as text you" : no follow-up', lines: then(MOB, "The Mobility driver will call you when they are ten minutes out, as well as text you. Does that help?"), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'notPromise behaviour: British "Your travel trainer will be in touch with you within a fortnight" : no follow-up', lines: then(UK, 'Your travel trainer will be in touch with you within a fortnight. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'notPromise behaviour: Spanish "su entrenador de viajes le llamará esta semana" : no follow-up', lines: thenEs('Después de inscribirse, su entrenador de viajes le llamará esta semana. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong, each with its reason: not run. */
export const LEFT: SessionCase[] = [
  // LEFT (referral passes in v36 and with E6): the application page's URL in the referral's own sentence is taken as the
  // travel team's way to reach it (v9 N's reading: the referral's own sentence lends any contact but the patron's), older
  // than G8; with the URL in a sentence of its own the scorer reads it right (the second British whole session). Telling
  // the pass's page from the team's would need to know whose page it is
  {
    name: 'British bus pass: the council\'s travel team "can get her set up with the pass" (her mum), no way to reach the team',
    lines: [
      [0, 'p', 'hiya, my mum is 67 and wants a free bus pass, how does she get one?'],
      [25, 'l', "Hello, you're through to Ask a Librarian, this is Gemma. Which council area does your mum live in?"],
      [60, 'p', 'Leeds'],
      [90, 'l', "Thanks. The concessionary pass is applied for online at wymetro.com/concessions, and Leeds City Council's travel team can get her set up with the pass if she can't do it online. Does that answer your question?"],
      [130, 'p', 'yes brill thats everything ta'],
      [140, 'l', 'Lovely, thanks for chatting, cheers!'],
    ],
    // a party that can set the patron's mother up is pointed to as much as one that can set the patron up (G8's reading)
    exp: usual({ referral: 'fail' }),
  },
  // LEFT (source fails in v36 and with E6): a map's title is told from "the county bike map" only by its capitals (G8's
  // reading); in lower case only a list of map titles would tell, which the brief prefers shapes to
  { name: 'namedMap behaviour: chat-speak "the capital crescent trail map has the mile markers" : source passes', lines: then(BIKE, 'the capital crescent trail map has the mile markers n the water fountains. that help?'), exp: some({ source: 'pass' }) },
  // LEFT (referral na in v36 and with E6): "Your local Age UK" names a charity by its own name with no party word, and the
  // party reading needs one (older than G8); the verb is read: "Your local council can get you sorted with a bus pass" fails
  { name: 'setUp party: British "Your local Age UK can get you sorted with a bus pass" : referral fails', lines: then(UK, 'Your local Age UK can get you sorted with a bus pass. Does that help?'), exp: some({ referral: 'fail' }) },
];

describe('thirty-sixth round (E6): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-sixth round (E6): whole sessions', whole);
describeSessions('thirty-sixth round (E6): G6 and G8 checked', checked);
describeSessions('thirty-sixth round (E6): near misses of the fixes', guards);

describeLeft('thirty-sixth-round-e6-checked', LEFT);
