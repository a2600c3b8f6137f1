/**
 * Thirty-fourth round, second wave (J1): the v35 phrase changes and settings of blocks G1 (farming, gardening and the
 * extension service) and G2 (scholarships and paying for college) checked for false readings: near misses that share a
 * change's words or shape but are NOT its behaviour, and a few cases that ARE its behaviour in new words (they must keep
 * passing). Narrowings only: nothing widened.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the text
 * leaves room:
 * - a general statement of what growers do ("Many growers take a soil sample to the extension office each spring") or a
 *   sample the patron need not carry ("No need to take a sample to the lab") tells the patron to visit no one: no referral;
 * - a video or page that "shows how to take a sample to the lab" is a source; it tells no one to visit the lab;
 * - a Master Gardener list, podcast, column or tips page is a publication (a source), not the volunteers as people;
 * - "check your zoning on the county map" / "your zoning designation" is the lot's zoning, a fact looked up, not the office;
 * - a loan servicer's portal, or the list of servicers, is a page (a source), not the servicer contacted;
 * - a link sent now in the chat ("I'll send you the link here", "I can send you the steps: go to …") with a question about
 *   the e-mail on an account is no promise to send more later; a chat transcript sent at the end is what was already
 *   given, not more information: no follow-up session.
 * Written: 40 cases (31 near misses, 9 of the changes' behaviour in new words). First run (30 cases): 5 failed; 1 was mine
 * ("Give your servicer a ring about the forbearance; the plans are at studentaid.gov/idr": the address in the same sentence
 * is lent to the servicer; the case now has no address), 4 were G2's `sendThenAskEmailG2`; the second run (10 more cases)
 * found 1 more of it. All G1 near misses (referralVerb's sample carried, Master Gardeners, zoning) read as labelled.
 * Narrowed (code only, classify.ts; v35's fingerprint unchanged):
 *  - `sendThenAskEmailG2`: not when the send sentence carries a web address itself ("I'll send you the link here:
 *    studentaid.gov/fafsa.", "I can send you the reset steps: go to studentaid.gov/fsa-id …"), nor "send you the link here",
 *    "in this window / chat box", "send you over / through / along to …" (a direction: "send you over to my colleague");
 *    the e-mail question is not one about an account's or someone else's record ("What's the e-mail on your library
 *    account?", "Which email is linked to your FSA ID?", "What email address does the school have for you?", non-native
 *    "What email you used to register?"). Still read: "I'll dig around and send you a few more. What's your e-mail?",
 *    "I'll comb the foundation directory and send you what fits. Which e-mail should I use?".
 * Left: none.
 */
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';

/** A soil test question up to the patron's answer. */
const SOIL: Line[] = [
  [0, 'p', 'Where can I get my garden soil tested?'],
  [20, 'l', 'Hello, this is Jo, a librarian at Sample County Library. Is it for a vegetable garden or a lawn?'],
  [50, 'p', 'vegetables, raised beds'],
];
/** A sick-plant question up to the patron's answer. */
const LEAF: Line[] = [
  [0, 'p', 'my tomato leaves have brown spots, what is it'],
  [20, 'l', "Hi, I'm Jo with AskUsNow!. Are the spots on the lower leaves first, and which county are you in?"],
  [50, 'p', 'yes lower ones, anne arundel'],
];
/** A chickens question up to the patron's answer. */
const HENS: Line[] = [
  [0, 'p', 'am i allowed to keep chickens in my backyard'],
  [20, 'l', 'Hi, Jo at Ask Us here. Which county or town do you live in?'],
  [50, 'p', 'howard county, ellicott city'],
];
/** A FAFSA question up to the patron's answer. */
const FAFSA: Line[] = [
  [0, 'p', 'hi how do i fill out the fafsa'],
  [20, 'l', "Hi, I'm Jo with AskUsNow!. Are you the student or a parent, and which school year is it for?"],
  [50, 'p', 'student, for fall 2026'],
];
/** A scholarship search up to the patron's answer. */
const SCHOL: Line[] = [
  [0, 'p', 'where can i find scholarships for nursing school'],
  [20, 'l', 'Hello, this is Jo, a librarian at Sample County Library. Are you in high school now, or already in college?'],
  [50, 'p', 'senior in high school, in Maryland'],
];
/** A loan repayment question up to the patron's answer. */
const LOAN: Line[] = [
  [0, 'p', 'I graduated last year and need help understanding my student loan repayment options'],
  [20, 'l', 'Hi, Jo at Ask Us here. Are your loans federal, private, or both?'],
  [50, 'p', 'Federal, I think all of them'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** `base`, the provider's `text` at 70 s, the patron's e-mail, the provider's repeat of it and goodbye. */
const mailed = (base: Line[], text: string, email = 'kay@example.com'): Line[] => [...base, [70, 'l', text], [100, 'p', email], [110, 'l', `Got it, ${email}. Thanks, bye for now!`]];

export const checked: SessionCase[] = [
  // ---- G1 referralVerb (a sample carried to a party): near misses ----
  { name: 'G1 referralVerb near miss: "Many growers take a soil sample to the extension office each spring, but the kit at … works too" : no referral', lines: then(SOIL, 'Many growers take a soil sample to the extension office each spring, but the mail-in kit described at extension.umd.edu/hgic/soil-testing works just as well. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G1 referralVerb near miss: "No need to take a sample to the lab; the photo key at … is enough" : no referral', lines: then(LEAF, 'No need to take a sample to the lab; the photo key at extension.umd.edu/hgic/plant-diagnostics is enough for early blight. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G1 referralVerb near miss: "You dont need to bring a leaf to the plant clinic" (chat-speak) : no referral', lines: then(LEAF, 'u dont need to bring a leaf to the plant clinic for this, its early blight. the fact sheet is at extension.umd.edu/hgic/early-blight. does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G1 referralVerb near miss: "The video at … shows how to take a sample to the lab" (a source) : no referral', lines: then(SOIL, "The Extension's video at extension.umd.edu/soil-video shows how to take a sample to the lab step by step. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G1 referralVerb near miss: "Our volunteers will take the samples to the extension office on Friday" (someone else carries) : no referral', lines: then(SOIL, 'Drop your bag in the seed library box here; our garden volunteers will take the samples to the extension office on Friday, and the results come back by mail. The details are at samplelibrary.org/soil. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'G1 referralVerb near miss: British "Most allotment holders take a sample to the council lab" : no referral', lines: then(SOIL, 'Most allotment holders take a sample to the council lab once a year, but the RHS guide at rhs.org.uk/soil explains the home test. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G1 referralVerb near miss: "People usually bring a sample to the plant clinic in May, but yours can be checked with the key at …" : no referral', lines: then(LEAF, 'People usually bring a sample to the plant clinic in May, but yours can be checked with the photo key at extension.umd.edu/hgic/plant-diagnostics. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G1 referralVerb near miss: "Before you take a sample to the lab, let it dry; the steps are at …" (hypothetical) : no referral', lines: then(SOIL, 'Before you take a sample to the lab, let it air-dry overnight; the steps are at extension.umd.edu/hgic/soil-testing. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- G1 referralVerb: behaviour in new words ----
  { name: 'G1 referralVerb behaviour: "Pop a few leaves in a bag and carry them to the plant clinic on Saturday" (no contact) : referral fails', lines: then(LEAF, 'Pop a few leaves in a bag and carry them to the plant clinic at the county fairgrounds on Saturday. Does that help?'), exp: some({ referral: 'fail' }) },

  // ---- G1 referralParty, Master Gardeners as people: near misses ----
  { name: 'G1 Master Gardeners near miss: "Check the Master Gardener plant list at …" (a publication) : no referral', lines: then(LEAF, 'Check the Master Gardener plant list at extension.umd.edu/mg/plants for blight-resistant varieties. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G1 Master Gardeners near miss: "Listen to the Master Gardener podcast at …" : no referral', lines: then(LEAF, 'Listen to the Master Gardener podcast at extension.umd.edu/mg/podcast; episode 12 is on tomato diseases. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G1 Master Gardeners near miss: "See the Master Gardeners\' Q&A column in the Sun, archived at …" : no referral', lines: then(LEAF, "See the Master Gardeners' weekly column, archived at baltimoresun.com/garden, for blight tips. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G1 Master Gardeners near miss: "Read the Master Gardener tips at …" : no referral', lines: then(LEAF, 'Read the Master Gardener tips at extension.umd.edu/mg/tomatoes, they cover blight. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G1 Master Gardeners near miss: "Master Gardeners of Maryland recommend mulching; see …" (authors of a source) : no referral', lines: then(LEAF, 'Master Gardeners of Maryland recommend mulching under tomatoes to stop soil splashing onto the leaves; see extension.umd.edu/hgic/early-blight. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G1 Master Gardeners near miss: "Search the Master Gardener Q&A archive at …" : no referral', lines: then(LEAF, 'Search the Master Gardener Q&A archive at extension.umd.edu/mg/ask for "early blight". Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- G1 Master Gardeners: behaviour in new words ----
  { name: 'G1 Master Gardeners behaviour: "Speak with a Master Gardener at the Saturday clinic" (no contact) : referral fails', lines: then(LEAF, 'Speak with a Master Gardener at the Saturday plant clinic in the branch lobby; they can look at the leaves. Does that help?'), exp: some({ referral: 'fail' }) },

  // ---- G1 referralParty, zoning by its function: near misses ----
  { name: 'G1 zoning near miss: "Check your zoning on the county map at …" (the lot\'s zoning) : no referral', lines: then(HENS, 'Check your zoning on the county map at howardcountymd.gov/zoning-map; hens are allowed on RC and RR lots. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G1 zoning near miss: "Look up your zoning designation at …" : no referral', lines: then(HENS, 'Look up your zoning designation at sdat.maryland.gov, then compare it with the chicken rules in the county code. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G1 zoning near miss: "Confirm the zoning overlay for your lot at …" : no referral', lines: then(HENS, 'Confirm the zoning overlay for your lot at howardcountymd.gov/zoning-map before you order the chicks. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G1 zoning near miss: non-native "Please verify zoning of your property in the map …" : no referral', lines: then(HENS, 'Please verify zoning of your property in the online map howardcountymd.gov/zoning-map. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G1 zoning near miss: "Check the zoning for your address at …" : no referral', lines: then(HENS, 'Check the zoning for your address at howardcountymd.gov/zoning-map, then the hen rules in the county code. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G1 zoning near miss: "Read up on zoning at …" (a topic) : no referral', lines: then(HENS, 'Read up on zoning at howardcountymd.gov/planning before you buy the coop. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- G1 zoning: behaviour in new words ----
  { name: 'G1 zoning behaviour: "Ring city zoning before you buy the coop" (no contact) : referral fails', lines: then(HENS, 'Ring city zoning before you buy the coop; they will tell you the setback. Does that help?'), exp: some({ referral: 'fail' }) },

  // ---- G2 referralParty "servicer": near misses ----
  { name: 'G2 servicer near miss: "Log in to the servicer portal at mohela.com" : no referral', lines: then(LOAN, 'Log in to the servicer portal at mohela.com to see which plan you are on. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G2 servicer near miss: "See the servicer list at studentaid.gov/servicers" : no referral', lines: then(LOAN, 'See the servicer list at studentaid.gov/manage-loans/repayment/servicers to find yours. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G2 servicer near miss: "Find your servicer on your dashboard at studentaid.gov" : no referral', lines: then(LOAN, 'Find your servicer on your dashboard at studentaid.gov; the plans are compared at studentaid.gov/idr. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G2 servicer near miss: "Servicer changes happen every few years; check the dashboard at …" : no referral', lines: then(LOAN, 'Servicer changes happen every few years, so check the dashboard at studentaid.gov for the current one. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G2 servicer near miss: "Check whether your servicer has changed at studentaid.gov" : no referral', lines: then(LOAN, 'Check whether your servicer has changed at studentaid.gov; the new plans are compared at studentaid.gov/idr. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G2 servicer near miss: "Compare servicer complaints in the CFPB database at …" : no referral', lines: then(LOAN, 'Compare servicer complaints in the CFPB database at consumerfinance.gov/complaint-database. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- G2 servicer: behaviour in new words ----
  { name: 'G2 servicer behaviour: British "Give your servicer a ring about the forbearance" (no contact) : referral fails', lines: then(LOAN, 'Give your servicer a ring about the forbearance before you miss a payment. Does that help?'), exp: some({ referral: 'fail' }) },

  // ---- G2 referralOnesToAsk "Try the …": cases ----
  { name: 'G2 try-the near miss: "Try the university library\'s scholarship finder at …" : no referral', lines: then(SCHOL, "Try the university library's scholarship finder at lib.umd.edu/scholarships. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G2 try-the behaviour: "Try the college\'s financial aid office\'s chat at finaid.umd.edu/chat" : referral passes', lines: then(SCHOL, "Try the college's financial aid office's chat at finaid.umd.edu/chat; they know the local awards. Does that help?"), exp: some({ referral: 'pass' }) },

  // ---- G2 sendThenAskEmailG2: near misses ----
  { name: 'G2 sendThenAskEmail near miss: "I\'ll send you the link here. What\'s the e-mail on your library account?" : no promise', lines: then(FAFSA, "I'll send you the link here: studentaid.gov/fafsa. What's the e-mail on your library account?"), exp: some({ contact: 'na', code: 'pass', onTime: 'na' }) },
  { name: 'G2 sendThenAskEmail near miss: "I can send you the steps: go to … Which email is linked to your FSA ID?" : no promise', lines: then(FAFSA, 'I can send you the reset steps: go to studentaid.gov/fsa-id and click Forgot Password. Which email is linked to your FSA ID?'), exp: some({ contact: 'na', code: 'pass', onTime: 'na' }) },
  { name: 'G2 sendThenAskEmail near miss: "I will send you through to the scholarships page, what email you used to register?" (non-native) : no promise', lines: then(SCHOL, 'I will send you through to the Maryland scholarships page mhec.maryland.gov. What email you used to register?'), exp: some({ contact: 'na', code: 'pass', onTime: 'na' }) },
  { name: 'G2 sendThenAskEmail near miss: "I can send you a transcript of this chat when we finish. What\'s your e-mail?" : no follow-up', lines: mailed(FAFSA, "The steps are at studentaid.gov/fafsa. I can send you a transcript of this chat when we finish. What's your e-mail?"), exp: some({ contact: 'na', code: 'pass', onTime: 'na' }) },
  { name: 'G2 sendThenAskEmail near miss: "I\'ll send you the form as an attachment in this window. What email did the school use?" : no promise', lines: then(FAFSA, "I'll send you the verification form as a file in this window. What email address does the school have for you?"), exp: some({ contact: 'na', code: 'pass', onTime: 'na' }) },
  { name: 'G2 sendThenAskEmail near miss: "I\'ll send you over to my colleague who handles aid questions. What\'s your e-mail in case we get cut off?" : no promise', lines: then(FAFSA, "I'll send you over to my colleague who handles financial aid questions. What's your e-mail in case we get cut off?"), exp: some({ contact: 'na', code: 'pass', onTime: 'na' }) },
  { name: 'G2 sendThenAskEmail near miss: Spanish "Le puedo enviar el enlace aquí: studentaid.gov. ¿Cuál es el correo de su cuenta?" : no promise', lines: then(FAFSA, 'Le puedo enviar el enlace aquí: studentaid.gov/es. ¿Cuál es el correo de su cuenta FSA ID?'), exp: some({ contact: 'na', code: 'pass', onTime: 'na' }) },
  // ---- G2 sendThenAskEmailG2: behaviour in new words ----
  { name: 'G2 sendThenAskEmail behaviour: "I\'ll comb the foundation directory and send you what fits. Which e-mail should I use?" : contact fails (no time), code fails', lines: mailed(SCHOL, "I'll comb the foundation directory and send you what fits. Which e-mail should I use?"), exp: some({ contact: 'fail', code: 'fail', onTime: 'pending' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describeSessions('thirty-fourth round, second wave (J1): the G1 and G2 changes checked', checked);

describeLeft('thirty-fourth-round-g12-checked', LEFT);
