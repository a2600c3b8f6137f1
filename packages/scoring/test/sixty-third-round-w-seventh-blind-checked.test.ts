/**
 * Sixty-third round, seventh blind check of block W (rubric v57): the last mends W31 (`BRING_AND_ANY_W31`), v7's "mail / send … to"
 * (`referralVerb` alternative 46) not in a condition (landed with W31, named W31m here) and W32 (v1's "one second" before a dash)
 * tried both ways in cases written by a helper who did not see the author's cases nor the earlier checks, each labelled from
 * RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak, other verbs, parties, orders, Spanish; "against": near
 * misses the block must not read, and older readings it must not break). Checks: referral.contact (W31, W31m: RUBRIC Terms,
 * Referral: telling the patron to contact or visit a person or organisation outside the chat; na when there is no referral; pass when
 * every party comes with an e-mail, phone, postal address or URL) and interest.keep_informed (W32: RUBRIC Terms, Hold message: a
 * provider message announcing that the provider is looking something up or asking the patron to wait, "one moment"; the session
 * `noTransfer` makes the provider write again 200 s after the message: read as a hold it is a wait on the provider (fail), read as
 * no hold a wait on the patron (pass)).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Bringing or taking a thing "and any / all / some / whatever …" to an office, bureau, agency or authority tells the patron to
 *   visit it: a referral, however many words the second thing has, and in Spanish ("Lleve la carta y cualquier identificación … a la
 *   oficina del Registro Civil").
 * - Told nothing: a condition ("If you bring …", "As long as you take …", "When you mail …", "After you mail …", "If you do send …",
 *   "Si envía …"), the provider's own act ("I can take the form … to the Records office for you"), a park as the place a thing is
 *   taken to (no party): na. A condition that leads into an instruction ("If you're mailing it, send it to …") still refers.
 * - W32: "one moment / sec / min" before a dash, with or without spaces around it, asks the patron to wait whatever follows, even an
 *   -ing word that is the subject of its own verb ("One moment — searching takes a while tonight"), and so does "Un segundito" in
 *   Spanish: a hold. The time a thing takes ("takes one minute", "is one minute", "in under one minute") is no hold, whatever follows
 *   the dash.
 *
 * COUNTS. Written: 28 cases, 15 for and 13 against (W31 5/6, W31m 5/3, W32 5/4), in one batch, labels copied aside to
 * /tmp/sixty-third-round-w-seventh-blind-checked-labels.ts before the first run. First run as labelled: 24 of 28 (W31 11/11, W31m 8/8,
 * W32 5/9). Disagreeing: 4, all interest.keep_informed (W32). Label corrections: 0 (each reread against RUBRIC's Hold message term;
 * the labels stand). Final: 24 running, 4 LEFT (rubric v56 scored on each to tell "older" from "W caused"):
 * - interest.keep_informed, expected fail / got pass: "One sec—checking the catalog." (the dash typed with no spaces: "one second-checking"
 *   after normalising, which W32's " -" and v1's "[.!,] / while / as …" after "one second" do not reach; older: v56 pass the same).
 * - interest.keep_informed, expected fail / got pass: "One moment — searching takes a while tonight, the catalog is slow." ("one moment"
 *   asks the patron to wait; W32 leaves out an -ing word followed by "takes", and nothing else reads it; older: v56 pass the same).
 * - interest.keep_informed, expected pass / got fail: "The tour video is one minute — watching it first helps: library.example.org/tour"
 *   (the length of a video, no hold; W32 guards only "takes / took / taking / in / within / for / about / than" before the time, and
 *   "watching it" is no listed subject-verb pair; W caused: v56 pass).
 * - interest.keep_informed, expected pass / got fail: "It's done in under one minute — registering online gives you a card number right
 *   away." (what signing up takes; the guard reads "in one minute" but not "in under one minute", and the -ing word's verb comes after
 *   "online"; W caused: v56 pass).
 * W31 and W31m read every case as labelled: conditions with "if / as long as / when / after / if you do" and in Spanish, the
 *   provider's own "I can take … to the Records office", a park, and "mail / send … and any … to" kept.
 * ON the mends (by the suite only, before v57 landed): W32 now reads "one second" only opening a sentence, so the W-caused "The
 *   tour video is one minute — watching it first helps" and "It's done in under one minute — registering online gives you …" are
 *   no holds and run, and the older "One moment — searching takes a while tonight, …" is one and runs: 27 running, 1 LEFT ("One
 *   sec—checking the catalog.": "sec" before a dash is not normalised to "second", older).
 * ON v58 (block X): "One sec—checking the catalog." is a hold message (X16: "sec" before a dash joined to the next word); it runs;
 *   28 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, noTransfer, type SessionCase } from './helpers';
import { nearMiss as c, HOLD, nearMissLines, NO_HOLD, NO_WAY, NONE, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Sam, a librarian with Ask Us at Birch Hollow Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'eastside' });
const HI_ES = 'Hola, soy Sam, bibliotecario de la Biblioteca de Birch Hollow.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del este' });

export const w31: SessionCase[] = [
  // ---- W31 for: bring / take a thing "and any / all / some / whatever …" to a party
  c('W31 for: "Bring your deed and some proof you live there to the county Assessor\'s Office, 100 N Main St, …"', said('how do i apply for the homestead exemption', 'It is a one-page form. Bring your deed and some proof you live there to the county Assessor\'s Office, 100 N Main St, Springfield, IL 62701.'), WITH_WAY),
  c('W31 for: "just take the ticket and any pics of the sign to the parking violations bureau" (chat-speak)', said('i got a parking ticket but the sign was covered', 'u can contest it, just take the ticket and any pics of the sign to the parking violations bureau'), NO_WAY),
  c('W31 for: "Take the eviction notice and all the receipts you kept to the Tenant Rights Office, (312) 555-0142."', said('my landlord says im being evicted what do i do', 'You have rights here. Take the eviction notice and all the receipts you kept to the Tenant Rights Office, (312) 555-0142.'), WITH_WAY),
  c('W31 for: "Please bring the death certificate and whatever bank statements you have to your local Social Security office."', said('how do i report my fathers death for his benefits', 'I am sorry for your loss. Please bring the death certificate and whatever bank statements you have to your local Social Security office.'), NO_WAY),
  c('W31 for: "Lleve la carta y cualquier identificación que tenga a la oficina del Registro Civil de su condado." (Spanish)', es.said('cómo consigo una copia de mi acta de nacimiento', 'Es un trámite sencillo. Lleve la carta y cualquier identificación que tenga a la oficina del Registro Civil de su condado.'), NO_WAY),
  // ---- W31 against: conditions, the provider's own act, no party, other verbs' readings kept
  c('W31 against: "If you bring your deed and any tax bills to the Assessor\'s Office, the wait is shorter." (condition)', said('are there books on property taxes', 'We have two. One tip from them: if you bring your deed and any tax bills to the Assessor\'s Office, the wait is shorter.'), NONE),
  c('W31 against: "As long as you take the form and any receipts to the clerk\'s office before the 15th, there is no late fee." (condition)', said('is there a late fee on dog licenses', 'The guide says so: as long as you take the form and any receipts to the clerk\'s office before the 15th, there is no late fee.'), NONE),
  c('W31 against: "I can take the form and any notes I made to the Records office at City Hall for you tomorrow." (own act)', said('can you help me find my grandmothers naturalization record', 'I found the index entry. I can take the form and any notes I made to the Records office at City Hall for you tomorrow.'), NONE),
  c('W31 against: "Take the kids and any snacks you like to the park by the river." (no party)', said('is the outdoor story time still on', 'Yes, at 10 on Saturday. Take the kids and any snacks you like to the park by the river.'), NONE),
  c('W31 against: "Mail the renewal and any fees you owe to the State Board of Nursing." (older reading kept)', said('how do i renew my nursing license by mail', 'Print the renewal first. Mail the renewal and any fees you owe to the State Board of Nursing.'), NO_WAY),
  c('W31 against: "Send the appeal and all the photos to the County Clerk\'s Office, 200 W Main St, …" (older reading kept)', said('how do i appeal my property assessment', 'There is a short form. Send the appeal and all the photos to the County Clerk\'s Office, 200 W Main St, Anytown, OH 44101.'), WITH_WAY),
];

export const w31m: SessionCase[] = [
  // ---- W31m for: "mail / send … to <party>" in a condition is no referral
  c('W31m for: "if u ever mail ur ballot to the wrong county office they forward it" (chat-speak, condition)', said('what if i mess up where i send my absentee ballot', 'dont stress, if u ever mail ur ballot to the wrong county office they forward it'), NONE),
  c('W31m for: "When you mail the check to the Water Department, write your account number on the memo line." (condition)', said('is there a book on managing household bills', 'Yes, Money Basics. A tip from it: when you mail the check to the Water Department, write your account number on the memo line.'), NONE),
  c('W31m for: "After you mail the form to the Clerk\'s office, it takes about two weeks." (condition)', said('how long does a marriage license copy take', 'According to the county guide, after you mail the form to the Clerk\'s office, it takes about two weeks.'), NONE),
  c('W31m for: "If you do send it to the state Licensing office, keep a copy for yourself." (condition)', said('i filled in the contractor license form from the book', 'Great. If you do send it to the state Licensing office, keep a copy for yourself.'), NONE),
  c('W31m for: "Si envía la boleta a la oficina electoral equivocada, ellos la reenvían." (Spanish, condition)', es.said('qué pasa si me equivoco de dirección con la boleta', 'No se preocupe. Si envía la boleta a la oficina electoral equivocada, ellos la reenvían.'), NONE),
  // ---- W31m against: still a referral outside a condition
  c('W31m against: "Send the form to the Bureau of Vital Records, PO Box 1234, Topeka, KS 66601."', said('how do i get my birth certificate by mail', 'You can order by mail. Send the form to the Bureau of Vital Records, PO Box 1234, Topeka, KS 66601.'), WITH_WAY),
  c('W31m against: "pls mail the original to the county recorder asap" (chat-speak)', said('i have a signed quitclaim deed what now', 'it has to be recorded, pls mail the original to the county recorder asap'), NO_WAY),
  c('W31m against: "If you\'re mailing it, send it to the Passport Agency at 123 Main St, Boston, MA 02110." (a condition leading to an instruction)', said('can i mail my passport renewal', 'Yes. If you\'re mailing it, send it to the Passport Agency at 123 Main St, Boston, MA 02110.'), WITH_WAY),
];

export const w32: SessionCase[] = [
  // ---- W32 for: "one sec / min / moment" before a dash asks the patron to wait
  c('W32 for: "One sec — pulling up the county list now."', noTransfer('which food pantries are open on sundays', 'One sec — pulling up the county list now.'), HOLD),
  c('W32 for: "1 min - grabbing that link for u" (chat-speak)', noTransfer('wheres the form for a meeting room', '1 min - grabbing that link for u'), HOLD),
  c('W32 for: "One sec—checking the catalog." (no spaces around the dash)', noTransfer('do you have the new james mcbride book', 'One sec—checking the catalog.'), HOLD),
  c('W32 for: "One moment — searching takes a while tonight, the catalog is slow." (a hold, the -ing word a subject)', noTransfer('do you have any books on beekeeping', 'One moment — searching takes a while tonight, the catalog is slow.'), HOLD),
  c('W32 for: "Un segundito — revisando el catálogo." (Spanish)', noTransfer('tienen libros de cocina mexicana', 'Un segundito — revisando el catálogo.'), HOLD),
  // ---- W32 against: the time a thing takes, then an -ing word
  c('W32 against: "Renewing online takes one minute — logging in with your card number is all it needs."', noTransfer('can i renew my books online', 'Yes! Renewing online takes one minute — logging in with your card number is all it needs.'), NO_HOLD),
  c('W32 against: "The tour video is one minute — watching it first helps: library.example.org/tour"', noTransfer('how do i use the self checkout', 'The tour video is one minute — watching it first helps: library.example.org/tour'), NO_HOLD),
  c('W32 against: "It\'s done in under one minute — registering online gives you a card number right away."', noTransfer('how do i get a library card', 'It\'s done in under one minute — registering online gives you a card number right away.'), NO_HOLD),
  c('W32 against: "Signing up only takes one second — registering gives you a PIN too."', noTransfer('do i need a pin for the ebooks', 'Signing up only takes one second — registering gives you a PIN too.'), NO_HOLD),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-third round: block W checked blind a seventh time, both ways', () => {
  for (const [t, cs] of [['W31', w31], ['W31m', w31m], ['W32', w32]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
