/**
 * Thirty-third round, area (Z4): A SOURCE'S URL LENT TO A PARTY REFERRED TO NEARBY. RUBRIC.md: `referral.contact` passes when
 * every party the patron is referred to "comes with a way to reach them (e-mail, phone, postal address or URL)", and "Pointing
 * to a website, database or publication for the patron to use is a source, not a referral". A URL that is a SOURCE's (a
 * directory, a docket, a map viewer, a catalogue, a book list, a guide of another body) is no way to reach the party just
 * because it sits in the referral's sentence after a ";" or a ",", or opens that sentence before its ";".
 *
 * PARAPHRASE SWEEP (labelled from RUBRIC.md before the scorer ran):
 *  a source's URL next to a party with no way to reach it (referral fails): "ask ur case manager about the release date, the
 *   locator is at dpscs.maryland.gov/inmate", "Your public defender can tell you …; the docket is on Case Search at …", "Have a
 *   word with your GP about the dosage; the NHS medicines guide is at nhs.uk/medicines", "Ask a ranger at the visitor centre
 *   about the track, the trail map is at parks.vic.gov.au/maps", "The parcel viewer is at gis.samplecounty.gov; the planning
 *   department can tell you about setbacks", "The obituary index is at fcpl.org/obits; the funeral home can tell you …".
 *  the party's own URL (passes): "Visit any MVA office; the forms are at mva.maryland.gov/forms" (its domain), "Talk to the
 *   Social Security office; the application is at ssa.gov/apply" (its initials), "Ask the Register of Wills office, the probate
 *   forms guide is at registers.maryland.gov/guide", "Call the clinic; their schedule is at …" (points back), "you can reach
 *   them at …", "book an appointment with them at …", "Email the registrar; the form is at example.edu/…" (v17 RM: the party's
 *   own paperwork, "the form" with no owner word), a phone or an e-mail in the sentence.
 *
 * Readings taken where RUBRIC.md leaves room (each also at its case):
 * - a page on the party's own site (a word of the URL is a word of the party's name, its initials or joined words) reaches the
 *   party, even when it is a source too ("the Recorder's office; … douglascounty-ne.gov/recorder");
 * - "the form / the application / the rules / the schedule" with no word saying whose is the referred party's own paperwork
 *   (kept as v17 RM reads it): only a source by its kind (map, docket, locator, index, list, guide, catalogue, directory …) or a
 *   paperwork noun with an owner word ("the USCIS forms", "the IRS instructions") is read as another's source;
 * - "<party> can tell you …" tells the patron to ask that party: a referral (as M3's "the DMV can tell you").
 *
 * Written: 7 whole sessions (6 new, 1 moved from round 32's LEFT), 45 short cases (41 new, 4 moved from round 32's LEFT), 17
 * near misses in `guards`, 10 LEFT (6 short cases, 4 near misses). The fix was first drafted on round 32's LEFT cases, so the first run of this file's cases was
 * against that draft: short cases 5 disagreements, all referral.contact (2 real misses of the draft: "ssa.gov" for "the
 * Social Security office" and "twc.texas.gov" for "the Texas Workforce Commission", a host of the party's initials: fixed;
 * 3 other areas' readings: "Consulte a su abogado", "Visit … Special Collections" read as no referral, and "the contract is
 * posted at afscme.org" for the union rep, my contestable label: LEFT); near misses 5 (1 real miss, "registers.maryland.gov"
 * for "the Register of Wills office": fixed; 4 "<party> can tell you" / "Ask your scoutmaster," read as no referral: LEFT);
 * whole sessions 1 (referral.contact: "the People's Law Library's security deposit guide", five words before the noun: the
 * bound widened from 3 to 5). The draft also broke 4 older tests (v17 RM "Email the registrar; the form is at example.edu/…",
 * N1's "…your nearest one …; the form list is at in.gov/bmv/titles", Q2's "the county drop-off center, the rules are at
 * baltimorecountymd.gov/…", V9's "the Recorder's office …; our county's recording guide is at douglascounty-ne.gov/recorder"):
 * all re-read as the party's own pages under RUBRIC.md, kept, and the draft narrowed (paperwork nouns need an owner word; any
 * URL word naming the party, the sentence before the verb included), which moved 3 of my short cases (a bare "the forms /
 * application / schedule") to LEFT. My labels corrected: 0 (the contestable ones are LEFT, not relabelled).
 * Then `sourceSubjectZ4` for the earlier-sentence shape (round 32 U2's zabihah.com session): of its 5 new short cases 4 already
 * failed as labelled (the sentence before named no word of the party), the Loudon Park one is read by it; its first 2 near
 * misses ("… ask at the Halal Meat Market about goat") were read as no referral at all (another area's reading) and were
 * rewritten in the U2 session's words ("…, they cut to order"), then passed as labelled.
 * Fixed in block Z4 (rubric v34):
 *  - `sourceTailZ4` (classify.ts `sourceTailZ4`, read in checks/referral.ts `afterVerbContactRM` and `ownSentenceContactN5`):
 *    a clause after ";" or "," of the referral's sentence that says where a source is ("the docket is on …", "the locator is
 *    at …", "the ASPCA's toxic plants list is at …") with its URL and no phone, e-mail, street or word pointing back, on a site
 *    whose words do not name the party: the URL is the source's, the party's contact is looked for before the clause only.
 *    [near misses: "Stop by the Howard County Recycling Center, the drop-off rules are at howardcountymd.gov/recycling", "Call
 *    the library's Maryland Room, its finding guide is at …", "Check with the Maryland Department of Labor, the apprenticeship
 *    directory is at labor.maryland.gov/…", "Talk to the Baltimore County Public Library's Job Center, the resume guide is at
 *    bcpl.info/jobs", "Reach out to your local 4-H office, their calendar is at …", "Email our teen librarian, our summer
 *    reading calendar is at samplelibrary.org/teens", "Contact the passport office; the passport fee schedule is at
 *    travel.state.gov/passport-fees" (all pass)];
 *  - `sourceHeadZ4` (classify.ts `sourceHeadZ4`, read in `ownSentenceContactN5` when the sentence has no referring verb): a
 *    sentence opening "The <source> is at <URL>; <party> can tell you …" does not lend the URL to the party. [near misses:
 *    "The planning office's map is at …; they can tell you about setbacks" (points back), "The parcel viewer is at …; the
 *    planning department at 410-555-0133 can tell you …" (a phone), "Our book list is at samplelibrary.org/lists; our
 *    children's librarian can tell you more" (the library's own) (all pass)].
 *  - `sourceSubjectZ4` (classify.ts `sourceSubjectZ4`, read in checks/referral.ts `ownedContact`'s party-words test): an
 *    earlier sentence whose subject is a source named by its domain ("The zabihah.com directory lists halal stores …", "The
 *    findagrave.com index lists Loudon Park graves …") does not lend its URL to a later party sharing a word with it. [near
 *    misses: "The Route 40 halal butcher's site route40halal.com lists the cuts." (a site, not a source noun), "The halal
 *    butcher's zabihah.com listing has their phone." ("their" still lends), "The Howard County Extension office's site
 *    extension.umd.edu/howard …", "The cemetery office's page is at …", "Our msa.maryland.gov guide … ask the Maryland State
 *    Archives reference staff at msa.maryland.gov/contact" (all pass)].
 * Left: a source's URL in an earlier sentence lent through "their" or "his" ("… their TLA calendar on the same site. …
 * contact the Maryland Chess Association" (round 32 W3), "… Case Search at casesearch…. … Kindly ask his public defender …"
 * (round 32 S3): v9 N's `ownedContact` reads "their" and a party named with "his" as pointing back; not changed in the time
 * left, still LEFT in round 32's files); and the 10 cases in LEFT below.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type Line, type SessionCase, some, usual } from './helpers';

/** A question up to the patron's answer to the clarifying question. */
const ASK: Line[] = [
  [0, 'p', 'question here please'],
  [20, 'l', 'Hi, I am Jo, a librarian with Ask Us. Which county are you in?'],
  [50, 'p', 'howard county'],
];
/** (round 32 W1) A property-lines question up to the patron's answer. */
const GIS: Line[] = [
  [0, 'p', 'where can i see the property lines for my house'],
  [20, 'l', 'Hi, Jo at Ask Us here. Which county is the house in?'],
  [50, 'p', 'sample county'],
];
/** (round 32 S3) An expungement question up to the patron's answer. */
const EXP: Line[] = [
  [0, 'p', 'can i get an old charge taken off my record? it was dropped in 2015'],
  [20, 'l', "Hello, this is Jo at Sample County Library's Ask a Librarian. Was the case in Maryland, and was it dismissed or marked nolle prosequi?"],
  [55, 'p', 'maryland, it was nolle prossed'],
];
/** (round 32 S3) An inmate locator question up to the patron's answer. */
const LOC: Line[] = [
  [0, 'p', 'how do i find out where my son is being held, he got sentenced last week'],
  [20, 'l', "Hi, I'm Jo, a librarian with AskUsNow! I'm sorry you're going through this. Was he sentenced in Maryland, and do you know if it was to a county jail or a state prison?"],
  [55, 'p', 'maryland, they said state time'],
];
/** (round 32 S2) A youth soccer question up to the parent's answer. */
const LEAGUE: Line[] = [
  [0, 'p', 'hi how do i sign my son up for youth soccer this fall'],
  [20, 'l', "Hi, I'm Jo, a librarian with AskUsNow! How old is he, and which county do you live in?"],
  [50, 'p', 'hes 8, howard county'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];

export const whole: SessionCase[] = [
  {
    // a tenant attorney named with no way to reach them; the People's Law Library's guide after ";" is a source (another body's)
    name: 'warm public library, a security deposit kept: "talk to a tenant attorney …; the People\'s Law Library\'s security deposit guide is at …": referral fails',
    lines: [
      [0, 'p', "hi my landlord won't give back my security deposit, its been 2 months. what can i do?"],
      [22, 'l', "Hi there, welcome to Ask Us Now! I'm Dana, a librarian at Anne Arundel County Public Library. I'm sorry you're dealing with that. Are you renting in Maryland, and did you get an itemized list of damages from the landlord?"],
      [70, 'p', 'yes in annapolis. no list nothing'],
      [85, 'l', "Thanks. In Maryland the landlord has 45 days to return the deposit or send a list of damages. Please talk to a tenant attorney about filing in District Court; the People's Law Library's security deposit guide is at peoples-law.org/security-deposits. Does that answer your question?"],
      [130, 'p', 'ok thank you thats all i needed'],
      [138, 'l', "You're welcome, good luck getting it back! Thanks for chatting with Ask Us Now."],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // "ur cousin's lawyer can tell u more": a referral to the lawyer, no way to reach; the docket's URL is Case Search's
    name: 'student worker, chat-speak, a cousin\'s charges: "ur cousin\'s lawyer can tell u more, the docket is on casesearch…": referral fails',
    lines: [
      [0, 'p', 'hey my cousin got arrested friday how do i see whats he charged with'],
      [15, 'l', 'hi! Jordan here w/ AskUsNow :) was it in maryland? do u know the county?'],
      [40, 'p', 'ya baltimore city'],
      [52, 'l', "ok so charges show up on Case Search once its filed, usually a day or two. ur cousin's lawyer can tell u more, the docket is on casesearch.courts.state.md.us. that help?"],
      [85, 'p', 'k thx'],
      [95, 'l', 'np! anything else?'],
      [120, 'p', 'nope'],
      [125, 'l', 'ok take care, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // "book an appointment with them at visa.vfsglobal.com/…": the party's own site; the Embassy's fee schedule is a source
    name: 'Indian English, an Indian passport renewal: "book an appointment with them at visa.vfsglobal.com/…": referral passes',
    lines: [
      [0, 'p', 'Good afternoon. I need to renew my Indian passport while residing in Maryland. Kindly guide.'],
      [35, 'l', 'Good afternoon and welcome to AskUsNow! This is Anita, librarian at Montgomery County Public Libraries. Are you looking to renew by mail, or do you need an appointment in person?'],
      [90, 'p', 'In person is preferred madam.'],
      [105, 'l', "Certainly. Indian passport renewals in the US go through VFS Global; please book an appointment with them at visa.vfsglobal.com/usa/en/ind. The Embassy's fee schedule is at indianembassyusa.gov.in/passport. Does this answer your question?"],
      [160, 'p', 'Yes, this is what I needed. Thank you very much.'],
      [170, 'l', "You're most welcome. Is there anything else I can help you with today?"],
      [200, 'p', 'No, that is all. Thank you.'],
      [206, 'l', 'Thank you for using AskUsNow! Have a good day.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // the parcel viewer's URL opens the sentence before ";", then "the zoning office can tell you": no way to reach the office;
    // the patron vanishes: a check-in and a disconnect notice in the 305 s final idle; no "anything else"
    name: 'sloppy, patron vanishing, a fence setback: "The county\'s parcel viewer is at …; the zoning office can tell you …": referral fails',
    lines: [
      [0, 'p', 'how far does a fence have to be from the property line in howard county'],
      [40, 'l', 'Hi, this is Sam with Ask a Librarian at Howard County Library System. Is this for a residential lot?'],
      [100, 'p', 'yes'],
      [115, 'l', "The county's parcel viewer is at data.howardcountymd.gov/parcels; the zoning office can tell you the setback for your lot. Does that help?"],
      [300, 'l', 'Are you still there?'],
      [420, 'l', "It looks like you may have disconnected, so I'll end this chat. Feel free to contact us again anytime. Goodbye!"],
    ],
    exp: usual({ referral: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // the GP named with no way to reach them; the NHS guide after ";" is a source
    name: 'British English, a medicine and grapefruit: "have a word with your GP …; the NHS medicines guide is at nhs.uk/medicines": referral fails',
    lines: [
      [0, 'p', 'Hello, is it true you cannot have grapefruit with statins? My mum takes simvastatin.'],
      [30, 'l', 'Good afternoon, you are through to Ask a Librarian, I am Claire at the county library. Is it the grapefruit juice she has, or the fruit itself?'],
      [75, 'p', 'The juice, most mornings.'],
      [90, 'l', "Simvastatin is one of the statins grapefruit does affect, so it is worth checking. Your mum should have a word with her GP or pharmacist before her next dose; the NHS medicines guide is at nhs.uk/medicines/simvastatin. Does that answer your question?"],
      [140, 'p', 'Yes, brilliant, thank you. That is everything.'],
      [148, 'l', 'You are very welcome. Thanks for using Ask a Librarian, goodbye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // the US Chess page is a source; "contact them through their site, mdchess.com": the association's own URL
    name: 'terse veteran, a rated tournament: "contact the Maryland Chess Association through their site, mdchess.com": referral passes',
    lines: [
      [0, 'p', 'where do i find rated chess tournaments near columbia md'],
      [18, 'l', 'Hi, Ray at Ask Us. Do you have a current US Chess membership?'],
      [50, 'p', 'yes'],
      [62, 'l', 'Rated events are on the US Chess tournament list at new.uschess.org/tla. For local ones, contact the Maryland Chess Association through their site, mdchess.com. Did that help?'],
      [100, 'p', 'yep, thats all I needed'],
      [106, 'l', 'Good luck at the board! Thanks for chatting.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // (moved from round 32 U2's LEFT, read since v34 Z4 `sourceSubjectZ4`) the zabihah.com directory is a source in the
    // sentence before; "ask at the halal butcher on Route 40" tells the patron to ask a party with no way to reach it
    name: 'non-native writer, halal meat near Ellicott City: zabihah.com, "ask at the halal butcher on Route 40": referral fails',
    lines: [
      [0, 'p', 'salam. where i can buy halal meat near ellicott city? we arrive one week ago'],
      [20, 'l', 'Wa alaikum assalam, welcome! I am Sara with Ask a Librarian, Howard County Library System. Do you need a grocery store or a butcher who does zabiha?'],
      [60, 'p', 'zabiha please'],
      [75, 'l', 'The zabihah.com directory lists halal stores and restaurants by zip code; for 21043 it shows several. For zabiha goat and lamb, ask at the halal butcher on Route 40, they cut to order. Does that help?'],
      [130, 'p', 'yes thank you sister'],
      [140, 'l', 'Anything else I can help with?'],
      [170, 'p', 'no thats all'],
      [176, 'l', 'Thank you, and welcome again to Howard County!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
];

export const short: SessionCase[] = [
  { name: "\"Check with your landlord about the lease terms, the county's rental guide is at montgomerycountymd.gov/dhca/guide.\" : referral fails", lines: then(ASK, "Check with your landlord about the lease terms, the county's rental guide is at montgomerycountymd.gov/dhca/guide. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: "\"Talk to your child's teacher about the reading level, the book list is at samplelibrary.org/lists/grade3.\" : referral fails", lines: then(ASK, "Talk to your child's teacher about the reading level, the book list is at samplelibrary.org/lists/grade3. Did that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: "\"pls ask ur advisor abt the credits, the catalog is at catalog.umbc.edu.\" : referral fails", lines: then(ASK, "pls ask ur advisor abt the credits, the catalog is at catalog.umbc.edu. that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: "\"You could speak with a vet about the diet; the ASPCA's toxic plants list is at aspca.org/poison-plants.\" : referral fails", lines: then(ASK, "You could speak with a vet about the diet; the ASPCA's toxic plants list is at aspca.org/poison-plants. Is that what you needed?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: "\"Have a word with your GP about the dosage; the NHS medicines guide is at nhs.uk/medicines.\" : referral fails", lines: then(ASK, "Have a word with your GP about the dosage; the NHS medicines guide is at nhs.uk/medicines. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: "\"The zoning map is at gis.baltimorecountymd.gov; the zoning office can tell you what applies to your lot.\" : referral fails", lines: then(ASK, "The zoning map is at gis.baltimorecountymd.gov; the zoning office can tell you what applies to your lot. Does that answer your question?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: "\"The obituary index is at fcpl.org/obits; the funeral home can tell you about the service.\" : referral fails", lines: then(ASK, "The obituary index is at fcpl.org/obits; the funeral home can tell you about the service. Did that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: "\"Ask your pastor about the baptism record, the diocese's directory is at archbalt.org/parishes.\" : referral fails", lines: then(ASK, "Ask your pastor about the baptism record, the diocese's directory is at archbalt.org/parishes. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: "\"You should contact an immigration attorney about the waiver; the USCIS forms are at uscis.gov/forms.\" : referral fails", lines: then(ASK, "You should contact an immigration attorney about the waiver; the USCIS forms are at uscis.gov/forms. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: "\"speak to ur school counselor about it, the scholarship database is at fastweb.com.\" : referral fails", lines: then(ASK, "speak to ur school counselor about it, the scholarship database is at fastweb.com. did that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: "\"Ask a ranger at the visitor centre about the track, the trail map is at parks.vic.gov.au/maps.\" : referral fails", lines: then(ASK, "Ask a ranger at the visitor centre about the track, the trail map is at parks.vic.gov.au/maps. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: "\"Kindly consult your tax preparer regarding the deduction; the IRS instructions are at irs.gov/instructions.\" : referral fails", lines: then(ASK, "Kindly consult your tax preparer regarding the deduction; the IRS instructions are at irs.gov/instructions. Does this answer your question?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: "\"Ring the Citizens Advice bureau about the deposit; the tenancy guide is at gov.uk/tenancy-deposit-protection.\" : referral fails", lines: then(ASK, "Ring the Citizens Advice bureau about the deposit; the tenancy guide is at gov.uk/tenancy-deposit-protection. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: "\"The recipe database is at allrecipes.com; a dietitian can tell you whether it fits your plan.\" : referral fails", lines: then(ASK, "The recipe database is at allrecipes.com; a dietitian can tell you whether it fits your plan. Did that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: "\"Ask at the reference desk about microfilm, the newspaper index is at chroniclingamerica.loc.gov.\" : referral fails", lines: then(ASK, "Ask at the reference desk about microfilm, the newspaper index is at chroniclingamerica.loc.gov. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: "\"Visit any MVA office; the forms are at mva.maryland.gov/forms.\" : referral passs", lines: then(ASK, "Visit any MVA office; the forms are at mva.maryland.gov/forms. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"Call the clinic; their schedule is at samplehealth.org/clinic.\" : referral passs", lines: then(ASK, "Call the clinic; their schedule is at samplehealth.org/clinic. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"Contact the Howard County Health Department; their vaccine schedule is at hchealth.org/vaccines.\" : referral passs", lines: then(ASK, "Contact the Howard County Health Department; their vaccine schedule is at hchealth.org/vaccines. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"Ask the planning department; you can reach them at planning.samplecounty.gov/contact.\" : referral passs", lines: then(ASK, "Ask the planning department; you can reach them at planning.samplecounty.gov/contact. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"Book an appointment with the Small Business Development Center at mdsbdc.umd.edu/appointments.\" : referral passs", lines: then(ASK, "Book an appointment with the Small Business Development Center at mdsbdc.umd.edu/appointments. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"Get in touch with the Maryland Chess Association through their site, mdchess.com.\" : referral passs", lines: then(ASK, "Get in touch with the Maryland Chess Association through their site, mdchess.com. Did that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"Talk to the Social Security office; the application is at ssa.gov/apply.\" : referral passs", lines: then(ASK, "Talk to the Social Security office; the application is at ssa.gov/apply. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"Reach out to the Lions Club, their contact page is lionsclubs.org/contact.\" : referral passs", lines: then(ASK, "Reach out to the Lions Club, their contact page is lionsclubs.org/contact. Did that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"Contact the county Extension office at extension.umd.edu/locations.\" : referral passs", lines: then(ASK, "Contact the county Extension office at extension.umd.edu/locations. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"The parcel viewer is at gis.samplecounty.gov; call the planning department at 410-555-0133 about setbacks.\" : referral passs", lines: then(ASK, "The parcel viewer is at gis.samplecounty.gov; call the planning department at 410-555-0133 about setbacks. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"Ask the clerk at 410-555-0190; the forms are at mdcourts.gov/forms.\" : referral passs", lines: then(ASK, "Ask the clerk at 410-555-0190; the forms are at mdcourts.gov/forms. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"Write to the archives at reference@msa.maryland.gov, the finding aid is at msa.maryland.gov/guide.\" : referral passs", lines: then(ASK, "Write to the archives at reference@msa.maryland.gov, the finding aid is at msa.maryland.gov/guide. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"Email our volunteer coordinator at volunteer@samplelibrary.org, the schedule is at samplelibrary.org/volunteer.\" : referral passs", lines: then(ASK, "Email our volunteer coordinator at volunteer@samplelibrary.org, the schedule is at samplelibrary.org/volunteer. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"Check with the Maryland Judiciary's self-help center at mdcourts.gov/selfhelp, the forms are there too.\" : referral passs", lines: then(ASK, "Check with the Maryland Judiciary's self-help center at mdcourts.gov/selfhelp, the forms are there too. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"Contact the Clerk of the Circuit Court; their guide is at mdcourts.gov/clerks.\" : referral passs", lines: then(ASK, "Contact the Clerk of the Circuit Court; their guide is at mdcourts.gov/clerks. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"Talk to the folks at the IRS, you can reach them at irs.gov/help.\" : referral passs", lines: then(ASK, "Talk to the folks at the IRS, you can reach them at irs.gov/help. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"Ask the Baltimore County zoning office, the zoning map is at baltimorecountymd.gov/zoning, they are also at 410-887-3391.\" : referral passs", lines: then(ASK, "Ask the Baltimore County zoning office, the zoning map is at baltimorecountymd.gov/zoning, they are also at 410-887-3391. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"ask the DMV, the forms are at dmv.ca.gov/forms.\" : referral passs", lines: then(ASK, "ask the DMV, the forms are at dmv.ca.gov/forms. did that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"Contact Legal Aid at mdlab.org; the eligibility guide is at mdlab.org/eligibility.\" : referral passs", lines: then(ASK, "Contact Legal Aid at mdlab.org; the eligibility guide is at mdlab.org/eligibility. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"Consult the Texas Workforce Commission, the benefits handbook is at twc.texas.gov/handbook.\" : referral passs", lines: then(ASK, "Consult the Texas Workforce Commission, the benefits handbook is at twc.texas.gov/handbook. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"Ask the USCIS contact center; their forms are at uscis.gov/forms.\" : referral passs", lines: then(ASK, "Ask the USCIS contact center; their forms are at uscis.gov/forms. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  // `sourceSubjectZ4`: an earlier sentence whose subject is a source named by its domain
  { name: "\"The nchfp.uga.edu canning guide covers salsa times. Send a photo of the jars to your county Extension agent if the seals look off.\" : referral fails", lines: then(ASK, "The nchfp.uga.edu canning guide covers salsa times. Send a photo of the jars to your county Extension agent if the seals look off. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: "\"The msa.maryland.gov death index lists births and deaths before 1990. For the headstone, ask at the cemetery office in Towson.\" : referral fails", lines: then(ASK, "The msa.maryland.gov death index lists births and deaths before 1990. For the headstone, ask at the cemetery office in Towson. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: "\"The findagrave.com database has most Baltimore cemeteries. For the plot map, ask the cemetery office.\" : referral fails", lines: then(ASK, "The findagrave.com database has most Baltimore cemeteries. For the plot map, ask the cemetery office. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: "\"The zabihah.com directory lists halal grocers by zip code. For goat and lamb, ask at the halal butcher on Route 40, they cut to order.\" : referral fails", lines: then(ASK, "The zabihah.com directory lists halal grocers by zip code. For goat and lamb, ask at the halal butcher on Route 40, they cut to order. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: "\"The findagrave.com index lists Loudon Park graves by name. For the plot map, visit the Loudon Park office, they keep the ledgers.\" : referral fails", lines: then(ASK, "The findagrave.com index lists Loudon Park graves by name. For the plot map, visit the Loudon Park office, they keep the ledgers. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  // moved from round 32's LEFT (read since v34 Z4)
  { name: '"The parcel viewer is at gis.samplecounty.gov; the planning department can tell you about setbacks." : referral fails', lines: then(GIS, 'The parcel viewer is at gis.samplecounty.gov; the planning department can tell you about setbacks. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Your public defender can tell you whether the hearing moved; the docket is on Case Search at …" : referral fails', lines: then(EXP, 'Your public defender can tell you whether the hearing moved; the docket is on Case Search at casesearch.courts.state.md.us. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"okay, just ask ur case manager about the release date, the locator is at dpscs.maryland.gov/inmate" : referral fails', lines: then(LOC, 'okay, just ask ur case manager about the release date, the locator is at dpscs.maryland.gov/inmate. does that help?'), exp: some({ referral: 'fail' }) },
  // (read in v34 before block Z4: the "our" clause of v33 U3)
  { name: '"Ask your coach for the drills; our book … is at samplelibrary.org/catalog" : referral fails', lines: then(LEAGUE, 'Ask your coach for the drills; our book "Soccer Drills for Kids" is at samplelibrary.org/catalog. Does that help?'), exp: some({ referral: 'fail' }) },
];

/** Near misses of block Z4's readings: the same shapes for the party's own URL (labelled before running). */
export const guards: SessionCase[] = [
  { name: "\"Stop by the Howard County Recycling Center, the drop-off rules are at howardcountymd.gov/recycling.\" : referral passs", lines: then(ASK, "Stop by the Howard County Recycling Center, the drop-off rules are at howardcountymd.gov/recycling. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"Call the library's Maryland Room, its finding guide is at prattlibrary.org/mdroom.\" : referral passs", lines: then(ASK, "Call the library's Maryland Room, its finding guide is at prattlibrary.org/mdroom. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"Check with the Maryland Department of Labor, the apprenticeship directory is at labor.maryland.gov/apprenticeship.\" : referral passs", lines: then(ASK, "Check with the Maryland Department of Labor, the apprenticeship directory is at labor.maryland.gov/apprenticeship. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"Talk to the Baltimore County Public Library's Job Center, the resume guide is at bcpl.info/jobs.\" : referral passs", lines: then(ASK, "Talk to the Baltimore County Public Library's Job Center, the resume guide is at bcpl.info/jobs. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"Reach out to your local 4-H office, their calendar is at extension.umd.edu/4h.\" : referral passs", lines: then(ASK, "Reach out to your local 4-H office, their calendar is at extension.umd.edu/4h. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"The planning office's map is at gis.samplecounty.gov; they can tell you about setbacks.\" : referral passs", lines: then(ASK, "The planning office's map is at gis.samplecounty.gov; they can tell you about setbacks. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"The parcel viewer is at gis.samplecounty.gov; the planning department at 410-555-0133 can tell you about setbacks.\" : referral passs", lines: then(ASK, "The parcel viewer is at gis.samplecounty.gov; the planning department at 410-555-0133 can tell you about setbacks. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"Our book list is at samplelibrary.org/lists; our children's librarian can tell you more.\" : referral passs", lines: then(ASK, "Our book list is at samplelibrary.org/lists; our children's librarian can tell you more. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"Email our teen librarian, our summer reading calendar is at samplelibrary.org/teens.\" : referral passs", lines: then(ASK, "Email our teen librarian, our summer reading calendar is at samplelibrary.org/teens. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"Ask the Register of Wills office, the probate forms guide is at registers.maryland.gov/guide.\" : referral passs", lines: then(ASK, "Ask the Register of Wills office, the probate forms guide is at registers.maryland.gov/guide. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"Contact the passport office; the passport fee schedule is at travel.state.gov/passport-fees.\" : referral passs", lines: then(ASK, "Contact the passport office; the passport fee schedule is at travel.state.gov/passport-fees. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"Ask the genealogy society volunteers about the plot, the cemetery index is at interment.net.\" : referral fails", lines: then(ASK, "Ask the genealogy society volunteers about the plot, the cemetery index is at interment.net. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  // `sourceSubjectZ4`: the party's own site or listing, or a word pointing back (pass)
  { name: "\"The Route 40 halal butcher's site route40halal.com lists the cuts. For goat and lamb, ask at the halal butcher on Route 40, they cut to order.\" : referral passs", lines: then(ASK, "The Route 40 halal butcher's site route40halal.com lists the cuts. For goat and lamb, ask at the halal butcher on Route 40, they cut to order. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"The halal butcher's zabihah.com listing has their phone. For goat and lamb, ask at the halal butcher on Route 40, they cut to order.\" : referral passs", lines: then(ASK, "The halal butcher's zabihah.com listing has their phone. For goat and lamb, ask at the halal butcher on Route 40, they cut to order. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"The Howard County Extension office's site extension.umd.edu/howard lists the hours. Send a photo to the Extension office.\" : referral passs", lines: then(ASK, "The Howard County Extension office's site extension.umd.edu/howard lists the hours. Send a photo to the Extension office. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"The cemetery office's page is at lorraineparkcemetery.com. For the plot map, ask the cemetery office.\" : referral passs", lines: then(ASK, "The cemetery office's page is at lorraineparkcemetery.com. For the plot map, ask the cemetery office. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: "\"Our msa.maryland.gov guide lists the archives' hours. For the death record, ask the Maryland State Archives reference staff at msa.maryland.gov/contact.\" : referral passs", lines: then(ASK, "Our msa.maryland.gov guide lists the archives' hours. For the death record, ask the Maryland State Archives reference staff at msa.maryland.gov/contact. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: "the forms" with no word saying whose is read as the party's own paperwork (as v17 RM's "Email the registrar; the form is at example.edu/…", pass); telling the other body named after "on" apart needs its own near misses
  { name: "\"Ask the clerk at the courthouse about the filing fee; the forms are on the People's Law Library at peoples-law.org/forms.\" : referral fails", lines: then(ASK, "Ask the clerk at the courthouse about the filing fee; the forms are on the People's Law Library at peoples-law.org/forms. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  // LEFT: "the application" with no owner word is read as the party's own paperwork (v17 RM's registrar case); the caseworker's agency runs the portal, so my fail label is contestable
  { name: "\"Your caseworker can explain the deadline; the application is posted at mydhrbenefits.dhr.state.md.us.\" : referral fails", lines: then(ASK, "Your caseworker can explain the deadline; the application is posted at mydhrbenefits.dhr.state.md.us. Does that answer it?"), exp: some({ referral: 'fail', source: 'pass' }) },
  // LEFT: my label; "the contract" of the union whose rep is referred to is the party's own paperwork (afscme.org is the union's site), so pass is as defensible: no change
  { name: "\"Check with your union rep about the grievance; the contract is posted at afscme.org/contracts.\" : referral fails", lines: then(ASK, "Check with your union rep about the grievance; the contract is posted at afscme.org/contracts. Does this answer your question?"), exp: some({ referral: 'fail', source: 'pass' }) },
  // LEFT: "the schedule" with no owner word is read as the party's own (the coach's league page): contestable, kept as v17 RM reads a bare "the form"
  { name: "\"Ask the coach about tryouts, the schedule is at leagueapps.com/hcysa.\" : referral fails", lines: then(ASK, "Ask the coach about tryouts, the schedule is at leagueapps.com/hcysa. Did that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  // LEFT: "<name> can tell you" with a capitalised name is not read as a referral (na): block Z3's area
  { name: "\"The zoning map is at zoning.baltimorecountymd.gov; Baltimore County Zoning can tell you about setbacks.\" : referral passs", lines: then(ASK, "The zoning map is at zoning.baltimorecountymd.gov; Baltimore County Zoning can tell you about setbacks. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  // LEFT: a bare "Ask your scoutmaster," before a comma is not read as a referral (na): another area's reading
  { name: "\"Ask your scoutmaster, our Eagle project guide is at samplelibrary.org/eagle.\" : referral fails", lines: then(ASK, "Ask your scoutmaster, our Eagle project guide is at samplelibrary.org/eagle. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  // LEFT: "the driver can tell you" is not read as a referral (na): block Z3's area
  { name: "\"The bus map is at mta.maryland.gov/maps; the driver can tell you where to get off.\" : referral fails", lines: then(ASK, "The bus map is at mta.maryland.gov/maps; the driver can tell you where to get off. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  // (v35 G1) "your county Master Gardeners can tell you" now reads as a referral: the case runs in thirty-fourth-round-gardens
];

describe('thirty-third round (Z4): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-third round (Z4): lent URLs, every check', whole);
describeSessions('thirty-third round (Z4): lent URLs, short cases', short);
describeSessions('thirty-third round (Z4): lent URLs, near misses of the changes', guards);

/** Cases once in `LEFT` that the scorer now reads as labelled (found when `LEFT` became a checked record, v34). */
const READ_SINCE_LEFT: SessionCase[] = [
  // LEFT: "Visit … Special Collections" is not read as a referral (na): another area's parties, not a lent URL
  { name: "\"Visit the Enoch Pratt Free Library's Special Collections; the hours are at prattlibrary.org/special-collections.\" : referral passs", lines: then(ASK, "Visit the Enoch Pratt Free Library's Special Collections; the hours are at prattlibrary.org/special-collections. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  // (once LEFT: Spanish "consulte a su abogado" was not read as a referral; read as labelled since v35 G4's "consulte a")
  { name: "\"Consulte a su abogado sobre el caso, the court calendar is at mdcourts.gov/calendar.\" : referral fails", lines: then(ASK, "Consulte a su abogado sobre el caso, the court calendar is at mdcourts.gov/calendar. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
];

describeSessions('thirty-third-round-lent-urls: once left, now read as labelled', READ_SINCE_LEFT);

describeLeft('thirty-third-round-lent-urls', LEFT);
