/**
 * Thirty-fourth round, second wave (J2): the v35 settings and phrase change of block G3 (fact-checking, news and media
 * literacy) and the re-widenings of blocks E1 and E2, checked for false readings: near misses that share a setting's words
 * or shape but are NOT its behaviour, and a few cases that ARE its behaviour in new words (they must keep passing).
 * Narrowings only: nothing widened.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer (info.source: "a URL or domain";
 * followup.completeness: "asks whether the information already given meets the need … A question about something not yet
 * given does not count"; Terms, "Referral", and referral.contact). Readings taken where the text leaves room:
 * - a page (an address with a path) the provider found and names in "Is this the article at … you meant?" is a source:
 *   the patron never gave it; a bare domain the patron named in words ("Metro Daily Wire") is only confirmed;
 * - "Would / Will that put your mind at ease?" after an offer asks about help not yet given: completeness fails;
 * - "Did it put your mind at ease?" right after the patron's "my doctor told me the same thing" asks about the doctor;
 * - a relative clause that says whose the party is ("the research desk, which is part of the Sun's library") names the
 *   party's owner: the owner's URL is lent;
 * - "like you were saying" is the patron's words, and "but not hobby sellers like you" denies the class: no referral;
 * - "La guía y el manual", "Su página y la de la oficina" are resources only: no referral; the Spanish "¿Eso le
 *   tranquiliza?" after the source is the completeness question (pass; LEFT, a widening).
 *
 * Written: 40 cases (33 run, 7 LEFT), labelled before running (34 first, 6 more). First run (34): 14 disagreed; my labels
 * corrected: 0. 10 were false readings of v35 settings (each gone with the setting off), 4 older readings (LEFT). Second
 * batch (6): 4 disagreed: 1 v35 ("Did it put your mind at ease?"), 1 older and 2 needing widenings (LEFT). Narrowed (each with a comment
 * naming its near miss):
 *  - `confirmSiteG3` (classify.ts `confirmSiteG3`): an address with a page the patron did not give first is offered, a
 *    source ("Is this the article at baltimoresun.com/news/… you meant?", "Was it the page at quoteinvestigator.com/… you
 *    saw?"). Still read: "Is it the site metrodailywire.com?", "You mean metrodailywire.com/ss-ending-march?" after the
 *    patron pasted it.
 *  - `relativePartyG3` (`RELATIVE_OWNER_G3`): the clause is kept when it says whose the party is ("which is part of / run by
 *    / owned by", "who work for", "belongs to"): "Email the research desk, which is part of the Sun's library", "Write to
 *    the archivists, who work for the Sun's library". Still cut: "…, which keeps / who hold many of the Sun's negatives".
 *  - completeness (phrase family, G3's "put your mind at ease"): no "would / will" (an offer not yet given) and no "it"
 *    (what the patron just told of). Still read: "Does that put your mind at rest?", "did that put ur mind at ease?", "Has
 *    this put your mind at rest?".
 *  - `othersObjectNarrowE1` (`PATRON_CLASS_E1`): not "like you were saying / suggested …", nor a class set apart by "not /
 *    but / though / except / unlike / than" before it. Still read: "families struggling with bills like yours", "in the
 *    same boat as you".
 *  - `resourceSubjectNarrowE1` (`RESOURCE_AND_PARTY_ES_E1`): more resource nouns (manual, solicitud, hoja, documento …)
 *    and "la de" after the "y". Still read: "El folleto y la oficina del condado le pueden informar".
 *  - `subjectTopicRoleE2`: no false reading found (a patron's own club treasurer or curator asked about the Trust's grants
 *    is not lent the Trust's URL already); unchanged.
 * v35 fingerprint after: 804ded42f4e4e8a6.
 */
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';
import { BYE, L, OPEN, one } from './narrowing-lines';

/** A viral-quote question up to the patron's answer to the clarifying question. */
const QUOTE: Line[] = [
  [0, 'p', 'is this quote real? "The government is not the solution, it is the problem" everyone says its Lincoln'],
  [20, 'l', "Hi, I'm Jo, a librarian with AskUsNow!. Where did you see it, a Facebook post or a meme?"],
  [50, 'p', 'facebook meme from my uncle'],
];
/** An old newspaper article question up to the answer. */
const OLDNEWS: Line[] = [
  [0, 'p', "Looking for a Baltimore Sun article from 1985 about my dad's fire company"],
  [20, 'l', 'Good morning, this is Jo at Sample County Library. Do you know the month or the headline?'],
  [50, 'p', 'June 1985, something about a warehouse fire'],
];
/** A worried patron's Social Security question up to the answer. */
const SSA: Line[] = [
  [0, 'p', 'i read online that social security checks stop in march, is that true? im scared'],
  [20, 'l', 'Hello, this is Jo at Ask Us. Where did you read it?'],
  [50, 'p', 'a facebook post my neighbour shared'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** A patron's first message `q`, a greeting that asks nothing, then the provider's `ask` and the patron's "yes", then a source. */
const confirm = (q: string, ask: string): Line[] => [
  [0, 'p', q],
  [15, 'l', `Hi, I'm Jo at Ask Us. ${ask}`],
  [40, 'p', 'yes'],
  [50, 'l', 'Snopes covers it at snopes.com, and NewsGuard explains how to check a site at newsguardtech.com. Does that help?'],
  [80, 'p', 'ok thanks'],
  [85, 'l', 'Bye!'],
];
/** A Spanish session: the patron's question `q`, a Spanish greeting, the reply, one provider message `text` and a goodbye. */
const es = (q: string, text: string): Line[] => [
  ...OPEN(q, 'Hola, soy Jo, bibliotecaria de Sample County Library. ¿En qué condado vive?', 'condado de sample'),
  L(text),
  [110, 'p', 'gracias'],
  [120, 'l', 'Gracias por escribir, ¡adiós!'],
];

export const checked: SessionCase[] = [
  // ---- confirmSiteG3: near misses (a page offered as a question is a source) ----
  { name: 'confirmSiteG3 near miss: "Is this the article at baltimoresun.com/… you meant?" (the provider found it) : source passes', lines: then(OLDNEWS, 'Is this the article at baltimoresun.com/news/bs-xpm-1985-06-14-warehouse-fire-story.html you meant?'), exp: some({ source: 'pass' }) },
  { name: 'confirmSiteG3 near miss: "Is it this one, snopes.com/fact-check/…?" : source passes', lines: then(QUOTE, 'Is it this one, snopes.com/fact-check/government-is-the-problem-lincoln?'), exp: some({ source: 'pass' }) },
  { name: 'confirmSiteG3 near miss: "Was it the page at quoteinvestigator.com/… you saw?" offered by the provider : source passes', lines: then(QUOTE, 'Was it the page at quoteinvestigator.com/2013/04/09/government-problem you saw?'), exp: some({ source: 'pass' }) },
  { name: 'confirmSiteG3 near miss: British "Is it the story at newspapers.com/clip/… you were after?" : source passes', lines: then(OLDNEWS, 'Is it the story at newspapers.com/clip/4471123/warehouse-fire you were after?'), exp: some({ source: 'pass' }) },
  { name: 'confirmSiteG3 near miss: non-native "Is it this article apnews.com/article/fact-check-lincoln?" : source passes', lines: then(QUOTE, 'Is it this article apnews.com/article/fact-check-lincoln-government-quote?'), exp: some({ source: 'pass' }) },
  // ---- confirmSiteG3: behaviour in new words ----
  { name: 'confirmSiteG3 behaviour: "Just to check, do you mean the website healthfreedomtruth.net?" : clarify passes', lines: confirm('is healthfreedomtruth.net a real news source', 'Just to check, do you mean the website healthfreedomtruth.net?'), exp: some({ clarify: 'pass', source: 'pass' }) },
  { name: 'confirmSiteG3 behaviour: the patron pasted the page: "You mean metrodailywire.com/ss-ending-march?" : clarify passes', lines: confirm('is this real metrodailywire.com/ss-ending-march', 'You mean metrodailywire.com/ss-ending-march?'), exp: some({ clarify: 'pass', source: 'pass' }) },

  // ---- relativePartyG3: near misses (the relative clause says whose it is) ----
  { name: 'relativePartyG3 near miss: "…archive desk has a page at baltimoresun.com/archives. Write to the archive desk, which answers within a week" : referral passes', lines: then(OLDNEWS, "The Sun's archive desk has a page at baltimoresun.com/archives. Write to the archive desk, which answers within a week. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'relativePartyG3 near miss: "Email the research desk, which is part of the Sun\'s library" after the library\'s URL : referral passes', lines: then(OLDNEWS, "The Baltimore Sun's library sells copies at baltimoresun.com/reprints. Email the research desk, which is part of the Sun's library, about the negatives. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'relativePartyG3 near miss: "Write to the archivists, who work for the Sun\'s library" after its URL : referral passes', lines: then(OLDNEWS, "The Baltimore Sun's library sells copies at baltimoresun.com/reprints. Write to the archivists, who work for the Sun's library, for older negatives. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'relativePartyG3 near miss: "Not sure who to write to? Write to the Sun\'s reprint desk" : referral passes', lines: then(OLDNEWS, "The Sun's reprint desk sells prints at baltimoresun.com/reprints. Not sure who to write to? Write to the Sun's reprint desk, whose staff can check the negatives. Does that help?"), exp: some({ referral: 'pass' }) },
  // ---- relativePartyG3: behaviour in new words ----

  // ---- completeness "put your mind at ease": near misses ----
  { name: 'mind-at-ease near miss: "Would it put your mind at ease to call them?" : completeness fails', lines: then(SSA, 'Snopes at snopes.com rates it false; the SSA line is 800-772-1213. Would it put your mind at ease to call them?'), exp: some({ complete: 'fail' }) },
  { name: 'mind-at-ease near miss: "Did the doctor put your mind at ease?" : completeness fails', lines: then(SSA, 'Snopes at snopes.com rates it false. Did the doctor put your mind at ease?'), exp: some({ complete: 'fail' }) },
  { name: 'mind-at-ease near miss: an offer, then "Would that put your mind at ease?" (not yet given) : completeness fails', lines: then(SSA, 'Snopes at snopes.com rates it false. I could also ask our government documents librarian to find the SSA\'s own statement for you. Would that put your mind at ease?'), exp: some({ complete: 'fail' }) },
  { name: 'mind-at-ease near miss: British "I can ring the SSA office for you. Would that put your mind at rest?" : completeness fails', lines: then(SSA, 'Full Fact at fullfact.org has nothing on it. I can ring the local SSA office for you tomorrow and pass on what they say. Would that put your mind at rest?'), exp: some({ complete: 'fail' }) },
  { name: 'mind-at-ease near miss: chat-speak "i can dig up the original post 2. will that put ur mind at ease?" : completeness fails', lines: then(SSA, 'snopes.com says its fake. i can dig up the original post 2 if u want. will that put ur mind at ease?'), exp: some({ complete: 'fail' }) },
  { name: 'mind-at-ease near miss: "Did it put your mind at ease?" asked of the doctor\'s visit the patron just told of : completeness fails', lines: [...SSA, [70, 'l', 'Snopes at snopes.com rates it false.'], [90, 'p', 'my doctor told me the same thing last week'], [100, 'l', 'Oh good. Did it put your mind at ease?'], [120, 'p', 'ok thanks'], [126, 'l', 'Take care, bye!']], exp: some({ complete: 'fail' }) },
  // ---- completeness: behaviour in new words ----
  { name: 'mind-at-ease behaviour: "Does that put your mind at rest?" after the source : completeness passes', lines: then(SSA, 'The SSA says at ssa.gov/news that payments continue as usual. Does that put your mind at rest?'), exp: some({ complete: 'pass' }) },
  { name: 'mind-at-ease behaviour: chat-speak "did that put ur mind at ease?" : completeness passes', lines: then(SSA, 'ssa.gov/news says nothing is changing. did that put ur mind at ease?'), exp: some({ complete: 'pass' }) },

  // ---- othersObjectNarrowE1: near misses ----
  { name: 'othersObjectNarrowE1 near miss: "The SBA can help small businesses get loans, like you were saying" : referral na', lines: one('what does the sba do', 'The SBA can help small businesses get loans, like you were saying; the loan list is at sba.gov/funding-programs. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'othersObjectNarrowE1 near miss: "The SBA can help small businesses, but not hobby sellers like you" : referral na', lines: one('can the sba help my etsy hobby', 'The SBA can help small businesses, but not hobby sellers like you; its programs are listed at sba.gov/funding-programs. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'othersObjectNarrowE1 near miss: British "Shelter can help tenants, though not landlords like yourself" : referral na', lines: one('i rent out a flat and the tenant wont pay', 'Shelter can help tenants, though not landlords like yourself; the landlord guide is at gov.uk/renting-out-a-property. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'othersObjectNarrowE1 near miss: chat-speak "the sba can help small businesses w loans like u were asking" : referral na', lines: one('what does the sba do', 'the sba can help small businesses w loans like u were asking, list is at sba.gov/funding-programs. that help?'), exp: some({ referral: 'na' }) },
  { name: 'othersObjectNarrowE1 behaviour: "Catholic Charities can help families struggling with bills like yours" : referral fails', lines: one('we cant pay the gas bill', 'Catholic Charities can help families struggling with bills like yours. Does that help?'), exp: some({ referral: 'fail' }) },

  // ---- resourceSubjectNarrowE1: near misses (two resources) ----
  { name: 'resourceSubjectNarrowE1 near miss: "El folleto y la solicitud del condado le pueden informar" : referral na', lines: es('como pido ayuda para pagar la luz', 'El folleto y la solicitud del condado le pueden informar; están en samplecounty.gov/ayuda. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  { name: 'resourceSubjectNarrowE1 near miss: "La guía y el manual del MVA le pueden informar" : referral na', lines: es('como cambio mi licencia de otro estado', 'La guía y el manual del MVA le pueden informar; están en mva.maryland.gov. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  { name: 'resourceSubjectNarrowE1 near miss: "El folleto y la hoja informativa le pueden ayudar" : referral na', lines: es('que hago si me quieren desalojar', 'El folleto y la hoja informativa le pueden ayudar; los dos están en mdlab.org/espanol. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  { name: 'resourceSubjectNarrowE1 near miss: "Su página y la de la oficina le pueden informar" (the office\'s page) : referral na', lines: es('donde saco el permiso para una cerca', 'Su página y la de la oficina le pueden informar: samplecounty.gov/permisos. ¿Le sirve?'), exp: some({ referral: 'na' }) },

  // ---- subjectTopicRoleE2: near misses (the role is of another body) ----
  { name: 'subjectTopicRoleE2 near miss: "Ask your club treasurer about the Trust grants" after the Trust\'s URL : referral fails', lines: one('our garden club wants to restore an old barn', 'The Maryland Historical Trust lists its grants at mht.maryland.gov/grants. Ask your club treasurer about the Trust grants too. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'subjectTopicRoleE2 near miss: "Talk to your volunteer coordinator about the Trust grants" : referral fails', lines: one('our museum needs money for a roof', 'The Maryland Historical Trust lists its grants at mht.maryland.gov/grants. Talk to your volunteer coordinator about the Trust grants. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'subjectTopicRoleE2 near miss: "hit up the club president about Trust grants" (the patron\'s garden club) : referral fails', lines: one('our garden club wants to restore an old barn', 'The Maryland Historical Trust lists its grants at mht.maryland.gov/grants. hit up the club president about Trust grants too. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'subjectTopicRoleE2 near miss: "Ask the curator about the Trust\'s easement files" (the patron\'s museum) : referral fails', lines: one('our little museum wants to know if the building has an easement', "The Maryland Historical Trust explains easements at mht.maryland.gov/easements. Ask your curator about the Trust's easement files too. Does that help?"), exp: some({ referral: 'fail' }) },
  // ---- subjectTopicRoleE2: behaviour in new words ----
  { name: 'subjectTopicRoleE2 behaviour: "Email the club secretary about bird club loaner binoculars" after the club\'s URL : referral passes', lines: one('where can i borrow binoculars for birding', 'The Baltimore Bird Club lists its walks at baltimorebirdclub.org. Email the club secretary about bird club loaner binoculars. Does that help?'), exp: some({ referral: 'pass' }) },
  // (was LEFT; v37 G11's referralParty reads the HOA as a party, so "ask your HOA president" is a referral from v37)
  { name: 'subjectTopicRoleE2 near miss: "Ask your HOA president about the Trust\'s easement rules" : referral fails', lines: one('can i put solar panels on my historic house', "The Maryland Historical Trust explains easements at mht.maryland.gov/easements. Ask your HOA president about the Trust's easement rules as well. Does that help?"), exp: some({ referral: 'fail' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong and that only a widening would mend. */
const LEFT: SessionCase[] = [
  // a widening (`confirmSiteG3` lists no "are you referring to"): the domain is read as the first source, before any question
  { name: 'confirmSiteG3: a confirmation in other words, "Are you referring to naturalnews-daily.com?" : clarify passes', lines: confirm('is the natural news daily site legit', 'Are you referring to naturalnews-daily.com?'), exp: some({ clarify: 'pass', source: 'pass' }) },
  // a widening (no Spanish form of the completeness question reads it): RUBRIC.md's question asked in Spanish
  { name: 'mind-at-ease: Spanish "¿Eso le tranquiliza?" after the source : completeness passes', lines: es('leí que se acaba el seguro social en marzo, es cierto?', 'La Administración del Seguro Social dice en ssa.gov/espanol que los pagos siguen igual. ¿Eso le tranquiliza?'), exp: some({ complete: 'pass' }) },
  // older than v35 (the same with `relativePartyG3` off): some other reading lends the Post's URL to the DC Public Library's room
  { name: 'relativePartyG3 behaviour: "contact the DC Public Library\'s Washingtoniana room, which holds the Post\'s old photos" : referral fails', lines: then(OLDNEWS, "The Post's photo archive explains reprints at washingtonpost.com/archive. Or contact the DC Public Library's Washingtoniana room, which holds the Post's old photos. Does that help?"), exp: some({ referral: 'fail' }) },
  // older than v35 (the same with `resourceSubjectNarrowE1` off): "los trabajadores sociales … le pueden ayudar" is read as no party at all; reading it needs a widening
  { name: 'resourceSubjectNarrowE1 behaviour: "La guía y los trabajadores sociales del condado le pueden ayudar" (no contact) : referral fails', lines: es('necesito ayuda con la comida', 'La guía y los trabajadores sociales del condado le pueden ayudar con eso. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  // older than v35 (the same with `subjectTopicRoleE2` off): "hit up ur chapter president" is read as no referral; a widening
  { name: 'subjectTopicRoleE2 near miss: chat-speak "hit up ur chapter president about the audubon bird counts" : referral fails', lines: one('how do i join a bird count', 'the Maryland Audubon society posts counts at mdbirds.org. hit up ur chapter president about the audubon bird counts. that help?'), exp: some({ referral: 'fail' }) },
  // older than v35 (the same with `subjectTopicRoleE2` off: "troop" is a word of its own, so the topic is cut): another reading lends mdbirds.org
  { name: 'subjectTopicRoleE2 near miss: "Talk to the members about the Audubon count" (the patron\'s own group) : referral fails', lines: one('our scout troop wants to do a bird count', 'The Maryland Audubon Society posts its counts at mdbirds.org. Talk to the troop members about the Audubon count dates. Does that help?'), exp: some({ referral: 'fail' }) },
];

describeSessions('thirty-fourth round, J2: G3 and E1/E2 re-widenings checked', checked);
describeLeft('thirty-fourth-round-g3e-checked', LEFT);
