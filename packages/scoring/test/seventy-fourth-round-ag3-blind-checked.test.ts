/**
 * Seventy-fourth round, blind check of block AG (rubric v67), part ag3: AG2, AG6, AG8 and AG12 tried both ways in cases written by a
 * helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words:
 * chat-speak, other verbs, parties and orders, Spanish; "against": near misses the block must not read, and older readings it must
 * not break).
 * Checks: closing.no_dismissal (AG2; RUBRIC: fail when the provider tells the patron their time is up, that they reached a limit of
 * questions, or otherwise ends the help for the provider's convenience without offering a way back; saying politely that other
 * patrons are waiting and inviting the patron to come back later passes; pass otherwise), info.source (AG8; RUBRIC: pass when the
 * provider gives a URL or domain, an e-mail or phone contact for a referral, or a named resource: a database, the catalogue, a guide,
 * a book, a web page with the steps to reach it; an organisation or app named without a way to reach it is not a source; fail on a
 * substantive exchange with none) and referral.contact (AG6, AG12; RUBRIC Terms, Referral: telling the patron to contact or visit a
 * person or organisation outside the chat (call, write to, ask or visit them), a website pointed to being a source, not a referral,
 * staff the provider consults on the patron's behalf not counting; na when there is no referral; pass when every party comes with an
 * e-mail, phone, postal address or URL; fail otherwise).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - AG2: "keep the queue / line moving", "move on / get to the next patron / person / chat" said as the reason the provider stops are
 *   other patrons waiting: the chat ended there while the patron still needed help, with no way back, fails; with an invitation to
 *   start a new chat it passes; with the answer going on in the same message it ends nothing (pass). A print queue or a checkout
 *   line "kept moving", or leaving a patron who said on their own that they were done, ends no help for the provider's convenience:
 *   pass.
 * - AG6: "(some / a few / the right / two good …) people / places / offices to talk to / call / check with / ask" followed by the
 *   parties, or the parties then "are two good places to ask", tells the patron to contact them: a referral (pass when each has a
 *   phone, e-mail or URL, fail when one has none). The provider's own plan to ask them, a question to the patron about whom to ask,
 *   what characters in a book decide, and places "to see" something (no person or organisation) tell the patron to contact no one:
 *   na.
 * - AG8: a path of steps in a phone's or computer's settings ("Settings > Screen Time > App Limits", "System Preferences > …",
 *   "Ajustes > Privacidad y seguridad > Localización") is neither a web page nor a named resource: with nothing else, no source
 *   (fail). A path on the library's website ("Services > Meeting Rooms on our website", "My Account > Settings > Notifications" on
 *   it, Spanish "En nuestro sitio web, vaya a Investigación > Periódicos") is a web page with the steps to reach it (pass), and a
 *   settings path given with a URL passes by the URL.
 * - AG12: telling the patron to fax a party ("Fax your signed lease to the housing authority at …", "Fax them the petition",
 *   "fax it over to the clerks office @ …", "submit the renewal by fax at <number>") is telling them to write to it: a referral,
 *   pass with a number, fail with none. The provider's own fax on the patron's behalf, a fax number given as a fact, a party that
 *   "no longer accepts faxes" (the patron pointed to a web page instead), and the patron's fax to their own home fax: na.
 *
 * COUNTS. Written: 34 cases, 19 for and 15 against (AG2 5/3, AG6 5/4, AG8 4/4, AG12 5/4), in one batch, labels copied aside to
 * /tmp/s72/ag3-labels.ts before the first run. First run as labelled: 23 of 34. Disagreeing: 11. Label corrections: 0 (each
 * reread against RUBRIC's closing.no_dismissal or info.source rule or its Referral term; the labels stand). Final: 23 running, 11
 * LEFT (each scored with rubric v66 to tell "older" from "caused by AG"): 3 caused by AG, 8 older.
 * Caused by AG (v66 scored them as labelled):
 * - closing.no_dismissal, expected pass / got fail: "Cancel it at the release station and that should keep the queue moving." (a
 *   print queue; AG2's "keep the queue moving" is read whatever the queue; v66 pass).
 * - closing.no_dismissal, expected pass / got fail: "Mostly to keep the line moving on busy Saturdays; staff still help at the desk
 *   too." (why self-checkout machines were bought; v66 pass).
 * - referral.contact, expected na / got fail: "Sure, fax it to your home fax from the copier by the front desk; it is $1 a page."
 *   (the patron's own fax; AG12's "fax it to" takes any receiver; v66 na).
 * Older (v66 the same): "I need to get to the next person in line, so I'm closing this chat." (dismissal pass, not read); the
 * parties first, "… are two good places to ask." (referral na); "The right people to ask are the state archivists, so I'll send
 * them your question …" and "In chapter 2 the twins decide the best people to ask are …" (referral fail, an older reading);
 * "Settings > Screen Time > App Limits" and "Ajustes > Privacidad y seguridad > Localización" (source pass: SETTINGS_PATH_AG8 ends
 * each step at its first word, so a step of two words or more leaves a breadcrumb behind); "Fax them the petition …" and "just fax
 * it over to the clerks office @ …" (referral na).
 * AG read as labelled, where v66 did not: "sorry, gotta keep the line moving so im closing this chat now" (v66 pass); all four AG6
 * lists after "places / people / offices to …" (v66 na); "Settings > Notifications" and chat-speak "settings>notifications>wireless
 * emergency alerts" (v66 pass); "Fax your signed lease to …", "Fax the form to the county clerk's office …", "submit the renewal by
 * fax at …" (v66 na).
 * MENDED before v67 landed (the author, after this check; labels unchanged): AG2's queue needs the provider's own "need to / have
 *   to / gotta keep the queue moving" and reads "get to the next person in line"; AG8's settings path takes steps of several words;
 *   AG12 reads "fax it over to" and not a fax to the patron's own fax, e-mail, home or office. The three AG-caused cases and four
 *   older ones run; 4 LEFT (older).
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, DISMISSED, NO_SOURCE, NO_WAY, NONE, NOT_DISMISSED, SOURCE, WITH_WAY } from './near-miss-lines';

const HI = 'Hi, this is Marisol, a librarian with Ask a Librarian at Cedar Hollow Public Library.';
const { said, done } = nearMissLines(HI, { branch: 'Which branch do you use?', branchReply: 'the one on mill road' });
const HI_ES = 'Hola, soy Marisol, bibliotecaria de la Biblioteca Pública de Cedar Hollow.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la de mill road' });
const { asked } = nearMissLines(HI);

/**
 * A session the provider ends on the patron (AG2): the patron's `q`, a greeting that asks whom it is for, the reply, the provider's
 * `answer` (a source and "did that help?"), the patron's `more` (still needing help, not a question), the provider's `end`, then `tail`.
 */
const ended = (q: string, answer: string, more: string, end: string, tail: Line[] = []): Line[] => [
  [0, 'p', q],
  [20, 'l', `${HI} Is this for yourself or for someone else?`],
  [50, 'p', 'for me'],
  [70, 'l', answer],
  [100, 'p', more],
  [115, 'l', end],
  ...tail,
];

export const ag2: SessionCase[] = [
  // ---- AG2 for: the queue / the next patron as the reason the chat ends (no way back: fail; a way back or help going on: pass)
  c('AG2 for: "sorry, gotta keep the line moving so im closing this chat now" (chat-speak, no way back)', ended('how do i get a copy of my birth certificate', 'You order it from Vital Statistics at health.example.gov/vital; it is $10 a copy. Did that help?', 'ok but the form wants my moms maiden name and i dont know it', 'sorry, gotta keep the line moving so im closing this chat now'), DISMISSED),
  c('AG2 for: "I have to move on to the next patron now, so I\'ll end our session here. Goodbye." (no way back)', ended('how do i appeal a parking ticket in the city', 'Appeals are filed online at parking.example.gov/appeal within 30 days. Did that help?', 'i tried that but it says my plate number is wrong', 'I have to move on to the next patron now, so I\'ll end our session here. Goodbye.'), DISMISSED),
  c('AG2 for: "I need to get to the next person in line, so I\'m closing this chat." (another verb, no way back)', ended('where do i find the old zoning maps for my neighborhood', 'The county has scanned zoning maps back to 1950 at planning.example.gov/maps. Did that help?', 'the 1962 one wont load for me', 'I need to get to the next person in line, so I\'m closing this chat.'), DISMISSED),
  c('AG2 for: "I need to keep the queue moving, but feel free to start a new chat later and we can go through the rest." (a way back)', ended('how do i sign up for the citizenship test prep class', 'The spring class sign-up is at cedarhollowlibrary.example.org/esl; it starts April 6. Did that help?', 'yes and i also have questions about the n-400 form', 'I need to keep the queue moving, but feel free to start a new chat later and we can go through the rest.'), NOT_DISMISSED),
  c('AG2 for: "I need to keep the line moving, so the short version: her maiden name is on your parents\' marriage record, …" (help goes on)', ended('how do i get a copy of my birth certificate', 'You order it from Vital Statistics at health.example.gov/vital; it is $10 a copy. Did that help?', 'ok but the form wants my moms maiden name and i dont know it', 'I need to keep the line moving, so the short version: her maiden name is on your parents\' marriage record, and the state archives index those at archives.example.gov/marriage.', [[140, 'p', 'ok thanks'], [150, 'l', 'Thanks for chatting, bye!']]), NOT_DISMISSED),
  // ---- AG2 against: a print queue, a checkout line, the patron already done
  c('AG2 against: "Cancel it at the release station and that should keep the queue moving." (a print queue)', said('my print job wont come out, it just sits there', 'The first job in the list is stuck and blocks the rest. Cancel it at the release station and that should keep the queue moving. Did that fix it?'), NOT_DISMISSED),
  c('AG2 against: "Mostly to keep the line moving on busy Saturdays; …" (the checkout line)', said('why did the mill road branch put in self checkout machines', 'Mostly to keep the line moving on busy Saturdays; staff still help at the desk too. Does that answer it?'), NOT_DISMISSED),
  c('AG2 against: "Glad I could help! I\'ll move on to the next patron now. Have a great day!" (the patron was done)', done('when is the mill road branch open on sundays', 'Sundays it is open 1 to 5; all the hours are at cedarhollowlibrary.example.org/hours.', 'perfect, thats all i needed', 'Glad I could help! I\'ll move on to the next patron now. Have a great day!'), NOT_DISMISSED),
];

export const ag6: SessionCase[] = [
  // ---- AG6 for: the people / places / offices to ask, call, talk to, check with, then the parties (or the parties first)
  c('AG6 for: "Two good places to ask: the library of the Maryland Center for History and Culture (410-555-0186) and the Jewish Museum of Maryland\'s archives at jewishmuseum.example.org."', said('my great grandfather was a rabbi in baltimore in the 1920s, where do i find out more', 'Two good places to ask: the library of the Maryland Center for History and Culture (410-555-0186) and the Jewish Museum of Maryland\'s archives at jewishmuseum.example.org.'), WITH_WAY),
  c('AG6 for: "Some useful people to talk to would be the volunteers at the Catonsville Historical Society; …" (no way given)', said('who would know about the families who worked at the old mill in catonsville', 'Some useful people to talk to would be the volunteers at the Catonsville Historical Society; they keep files on the mill families.'), NO_WAY),
  c('AG6 for: "The right offices to call are the Social Security field office on Elm Street, 1-800-555-0113, and the county veterans service office at 410-555-0125."', said('my dad was a veteran and he passed, what benefits can my mom get', 'I\'m so sorry. The right offices to call are the Social Security field office on Elm Street, 1-800-555-0113, and the county veterans service office at 410-555-0125.'), WITH_WAY),
  c('AG6 for: "a few good places to check with: the county extension office (301-555-0162) n the master gardener hotline 301-555-0177" (chat-speak)', said('something is eating my tomato plants, whole branches gone overnight', 'sounds like hornworms!! a few good places to check with: the county extension office (301-555-0162) n the master gardener hotline 301-555-0177'), WITH_WAY),
  c('AG6 for: "The Smithsonian Institution Archives (osiaref@si.example.edu) and the National Air and Space Museum archives (202-555-0130) are two good places to ask." (the parties first)', said('my grandpa was a contractor on the apollo program, how do i find out what he worked on', 'The Smithsonian Institution Archives (osiaref@si.example.edu) and the National Air and Space Museum archives (202-555-0130) are two good places to ask.'), WITH_WAY),
  // ---- AG6 against: the provider's own plan, a question, a book's plot, places to see
  c('AG6 against: "The right people to ask are the state archivists, so I\'ll send them your question today and e-mail you their answer by Thursday." (the provider\'s own plan)', said('when did hollins street get its name', 'The right people to ask are the state archivists, so I\'ll send them your question today and e-mail you their answer by Thursday.'), NONE),
  c('AG6 against: "Do you already know who the best people to contact are?" (a question)', asked('i need to find out who owned my house in 1900', 'Do you already know who the best people to contact are?', 'no idea honestly', 'Land records are searchable for free at mdlandrec.example.net; search by the street name and the year 1900. Does that help?'), NONE),
  c('AG6 against: "In chapter 2 the twins decide the best people to ask are the old lighthouse keepers, …" (a book\'s plot)', said('for my book report, what do the twins do first in The Keeper of Gull Rock', 'In chapter 2 the twins decide the best people to ask are the old lighthouse keepers, so they row out to the island to find them.'), NONE),
  c('AG6 against: "Two good places to see them: Kenwood, off River Road, and the loop trail around Lake Artemesia." (places to see)', said('where else can i see cherry blossoms near dc, the tidal basin is packed', 'Two good places to see them: Kenwood, off River Road, and the loop trail around Lake Artemesia. Both peak about the same week.'), NONE),
];

export const ag8: SessionCase[] = [
  // ---- AG8 for: a path in a device's settings is no web page and no named resource: no source by itself
  c('AG8 for: "AMBER and public safety alerts are at the very bottom of Settings > Notifications on an iPhone; switch both on."', said('i never get amber alerts on my phone, how do i turn them on', 'AMBER and public safety alerts are at the very bottom of Settings > Notifications on an iPhone; switch both on.'), NO_SOURCE),
  c('AG8 for: "You can do that in Settings > Screen Time > App Limits: tap Add Limit, choose Games and set a daily time."', said('how do i limit how long my daughter plays games on her iphone', 'You can do that in Settings > Screen Time > App Limits: tap Add Limit, choose Games and set a daily time.'), NO_SOURCE),
  c('AG8 for: "on android its settings>notifications>wireless emergency alerts, just toggle on extreme threats n severe threats" (chat-speak)', said('my android never beeps for weather warnings', 'on android its settings>notifications>wireless emergency alerts, just toggle on extreme threats n severe threats'), NO_SOURCE),
  c('AG8 for: "Vaya a Ajustes > Privacidad y seguridad > Localización y active la localización; …" (Spanish)', es.said('¿cómo hago que el mapa del celular sepa dónde estoy?', 'Vaya a Ajustes > Privacidad y seguridad > Localización y active la localización; después vuelva a abrir el mapa.'), NO_SOURCE),
  // ---- AG8 against: a path on the library's website, one whose steps include "Settings", a settings path with a URL, Spanish
  c('AG8 against: "On our website, click Services > Meeting Rooms and fill in the request with your date and group size."', said('how do i book a meeting room for my book club', 'On our website, click Services > Meeting Rooms and fill in the request with your date and group size.'), SOURCE),
  c('AG8 against: "Log in to your account on our website and go to My Account > Settings > Notifications, then choose Text." (a site\'s settings)', said('can i get a text instead of an email when my holds come in', 'Yes! Log in to your account on our website and go to My Account > Settings > Notifications, then choose Text.'), SOURCE),
  c('AG8 against: "They are under Settings > Notifications > Emergency Alerts on most phones; the carrier\'s step-by-step page is at support.example.com/alerts." (a URL too)', said('how do i turn on amber alerts on my phone', 'They are under Settings > Notifications > Emergency Alerts on most phones; the carrier\'s step-by-step page is at support.example.com/alerts.'), SOURCE),
  c('AG8 against: "En nuestro sitio web, vaya a Investigación > Periódicos y elija los años que busca." (Spanish, a site\'s path)', es.said('¿dónde encuentro periódicos viejos de la ciudad?', 'En nuestro sitio web, vaya a Investigación > Periódicos y elija los años que busca.'), SOURCE),
];

export const ag12: SessionCase[] = [
  // ---- AG12 for: told to fax a party (pass with a number, fail with none)
  c('AG12 for: "Fax your signed lease to the housing authority at 410-555-0161 and put your voucher number on the cover sheet."', said('how do i get my signed lease to the housing authority for my voucher', 'Fax your signed lease to the housing authority at 410-555-0161 and put your voucher number on the cover sheet.'), WITH_WAY),
  c('AG12 for: "Fax the form to the county clerk\'s office before the 15th and keep the confirmation page." (no way given)', said('where do i send the form to take my ex off the deed', 'That form goes to the county clerk. Fax the form to the county clerk\'s office before the 15th and keep the confirmation page.'), NO_WAY),
  c('AG12 for: "Fax them the petition with a copy of the death certificate, …" (the Register of Wills named before, its number given)', said('how do i open an estate for my aunt in baltimore county', 'That is the Register of Wills for Baltimore County, 410-555-0133. Fax them the petition with a copy of the death certificate, and they will mail you a hearing date.'), WITH_WAY),
  c('AG12 for: "nope!! just fax it over to the clerks office @ 202-555-0119, they\'re super quick" (chat-speak)', said('do i have to drive the marriage license form downtown??', 'nope!! just fax it over to the clerks office @ 202-555-0119, they\'re super quick'), WITH_WAY),
  c('AG12 for: "You can submit the renewal by fax at 717-555-0104; …"', said('how do i renew my nursing license, the website keeps crashing', 'The state nursing board still takes paper renewals. You can submit the renewal by fax at 717-555-0104; the form is on the back of your reminder letter.'), WITH_WAY),
  // ---- AG12 against: the provider's own fax, a fax number as a fact, no longer accepts faxes, the patron's own fax
  c('AG12 against: "Got it. I\'ll fax the form to the county clerk at 202-555-0119 for you this afternoon." (the provider\'s own fax)', said('can you fax my signed form to the county clerk? i emailed it to the library this morning', 'Got it. I\'ll fax the form to the county clerk at 202-555-0119 for you this afternoon.'), NONE),
  c('AG12 against: "The county clerk\'s fax number is 202-555-0119; it\'s on their letterhead too." (a fact)', said('whats the fax number for the county clerk? just need it for my records', 'The county clerk\'s fax number is 202-555-0119; it\'s on their letterhead too.'), NONE),
  c('AG12 against: "The county clerk no longer accepts faxes; deeds are recorded online now, with the steps at clerk.example.gov/erecord."', said('can i fax my deed to the clerk to get it recorded', 'The county clerk no longer accepts faxes; deeds are recorded online now, with the steps at clerk.example.gov/erecord.'), NONE),
  c('AG12 against: "Sure, fax it to your home fax from the copier by the front desk; it is $1 a page." (the patron\'s own fax)', said('can i fax the scan home from the library?', 'Sure, fax it to your home fax from the copier by the front desk; it is $1 a page.'), NONE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // caused by AG
  'AG6 for: "The Smithsonian Institution Archives (osiaref@si.example.edu) and the National Air and Space Museum archives (202-555-0130) are two good places to ask." (the parties first)':
    'expected referral pass, got na ("no referral to a person or organisation outside the chat"): RUBRIC Referral, the patron is told two archives to ask, each with an e-mail or phone; AG6 reads the parties only after "places to ask:" / "… are", not before "are two good places to ask" (older: v66 na the same)',
  'AG6 against: "The right people to ask are the state archivists, so I\'ll send them your question today and e-mail you their answer by Thursday." (the provider\'s own plan)':
    'expected referral na, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them"): RUBRIC Referral, the provider asks the archivists on the patron\'s behalf, the patron is told to contact no one; "the … people to ask are" was read before AG6 (older: v66 fail the same)',
  'AG6 against: "In chapter 2 the twins decide the best people to ask are the old lighthouse keepers, …" (a book\'s plot)':
    'expected referral na, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them"): RUBRIC Referral, what characters in a novel decide, the patron is told to contact no one; v1\'s "the best people to ask are" is read inside a report (older: v66 fail the same)',
  'AG12 for: "Fax them the petition with a copy of the death certificate, …" (the Register of Wills named before, its number given)':
    'expected referral pass, got na ("no referral to a person or organisation outside the chat"): RUBRIC Referral, the patron is told to fax the Register of Wills, its number given in the sentence before; AG12 reads "fax … to" and "by fax at", not "fax them <thing>" (older: v66 na the same)',
};

describe('seventy-fourth round: block AG (AG2, AG6, AG8, AG12) checked blind, both ways, part ag3', () => {
  for (const [t, cs] of [['AG2', ag2], ['AG6', ag6], ['AG8', ag8], ['AG12', ag12]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
