import { describe, expect, it } from 'vitest';
import { chat, check, OPEN, status, type Line } from './helpers';

const ref = (...provider: string[]) => chat([...OPEN, [30, 'l', 'Is this about a lawsuit?'], [40, 'p', 'yes'], ...provider.map((text, j): Line => [50 + j * 10, 'l', text])]);
const r = (...provider: string[]) => status(ref(...provider), 'referral.contact');

describe('referral.contact', () => {
  it('passes a referral that comes with a phone, e-mail, address or URL, with its evidence', () => {
    const c = check(ref('You can contact the county clerk\'s office at 410-555-0100.'), 'referral.contact');
    expect(c.status).toBe('pass');
    expect(c.evidence[0]?.message).toBe(4);
    expect(r("I'd suggest reaching out to the historical society (info@history.example.org).")).toBe('pass');
    expect(r('Visit the Central branch at 400 Cathedral St. for the print copy.')).toBe('pass');
    expect(r('The Self-Help Center can walk you through it: mdcourts.gov/selfhelp.')).toBe('pass');
    expect(r('Puede llamar a la oficina del condado al 410-555-0100.')).toBe('pass');
  });

  it('fails a referral without a way to reach them', () => {
    expect(r('Call the MVA about that.')).toBe('fail');
    expect(r('The people at the Social Security office can explain your options.')).toBe('fail');
    expect(r("That's tracked by the state broadband office, so they would be the ones to ask.")).toBe('fail');
    expect(r("It's worth asking the museum's membership office.")).toBe('fail');
    expect(r('you should talk to a lawyer')).toBe('fail');
    expect(r('The best people to ask would be the Office of Vital Records.')).toBe('fail');
    expect(r('The clerk can be reached at 410-555-0100.')).toBe('pass');
  });

  it('fails when one of several referrals lacks contact details', () => {
    expect(r('You can reach the clerk at 410-555-0100.', 'Also ask your landlord about it.')).toBe('fail');
  });

  it('accepts the contact in the next provider message', () => {
    expect(r('You should call the county clerk about that.', 'Their number is 410-555-0100.')).toBe('pass');
  });

  it('is na for sources, consulting a colleague, follow-ups by others and transfers', () => {
    expect(r('Go to bcpl.info > Research > Databases and open JSTOR.')).toBe('na');
    expect(r('Visit our website and search the catalog.')).toBe('na');
    expect(r("I'll ask my colleague in Special Collections and get back to you.")).toBe('na');
    expect(r('Someone from your library will contact you by Friday.')).toBe('na');
    expect(r("I'm transferring you to Bob, who knows court forms well.")).toBe('na');
    expect(r('Feel free to contact us again anytime!')).toBe('na');
    expect(r('You can renew online at fcpl.org or at any branch with a photo ID.')).toBe('na');
  });

  it('reads "US" in capitals before a name as a body, not the library, unless "us" is also written small (v72 AL1)', () => {
    expect(r("For the prerequisites, contact US Sailing's education department through ussailing.org/contact.")).toBe('pass');
    expect(r('Contact us at ask@library.example.org if you have more questions.')).toBe('na');
    expect(r("Contact US Sailing's education department, or email us at ask@library.example.org.")).toBe('na');
  });

  it('reads a capitalised name after a later verb of visiting or writing as a party of its own, which needs its own way (v73 AM1)', () => {
    expect(r("Call a piano technician (the finder at ptg.org lists them), or stop by Jordan Kitt's Music and ask their staff.")).toBe('fail');
    expect(r('Email the Delmarva Judo Club at judo@example.org, or stop in at the Y on the east side and ask whether their program takes adults.')).toBe('fail');
    expect(r('Email the Delmarva Judo Club at judo@example.org, or stop in at the Y, 210 Main Street, Salisbury.')).toBe('pass');
    // the same party again, a person at the party reached, a day: no second party
    expect(r('Call the Maryland State Archives at 410-260-6400, or visit Maryland State Archives in Annapolis.')).toBe('pass');
    expect(r("Call the Pratt Library's Maryland Department at 410-396-5468, or stop by Pratt Central and ask for the vertical files.")).toBe('pass');
    expect(r('Call Legal Aid at 410-951-7777 and speak with Maria, she handles evictions.')).toBe('pass');
    expect(r('Call the clinic at 410-555-0100 or stop by Monday morning.')).toBe('pass');
  });

  it('reads a later sentence naming a shop or another party before "ask whether they" as a further party (v73 AM2, AM3)', () => {
    expect(r('Write to the paddlers club through paddlers.example.org. In town, stop in at the kayak shop by the harbor and ask whether they rent boats.')).toBe('fail');
    expect(r('Ask at the yarn store on Main Street.')).toBe('fail');
    expect(r('Call the Talbot Historical Society at 410-555-0100. Then stop by the society\'s library and ask if they have the 1880 map.')).toBe('pass');
    expect(r('Download Libby from the app store, then sign in with your card.')).toBe('na');
  });

  it('reads "good people to ask" and trainers as parties, an animal or a baby talked to as none (v73 AM10, AM12, AM13)', () => {
    expect(r("The Prince George's County Historical Society would be good people to ask.")).toBe('fail');
    expect(r('Ask the trainers at Petco about private lessons.')).toBe('fail');
    expect(r('You can talk to your dog the whole way.')).toBe('na');
    expect(r('Talk to your baby while you read.')).toBe('na');
    expect(r('Call the Cornell pet loss support hotline at 607-253-3932.')).toBe('pass');
    expect(r('You can bring the dog tags to Police Station No. 4, 55 Oak St, Dayton, OH 45402.')).toBe('pass');
  });

  it('reads "…, so they\'re worth a call" and a name with commas before its phone (v74 AN4, AN6)', () => {
    expect(r('The Soil Conservation District office knows farmers who have put up boxes, so they\'re worth a call.')).toBe('fail');
    expect(r('The overlook has great views, so it\'s worth a visit.')).toBe('na');
    expect(r("Call Permits, Approvals and Inspections at 410-555-0132, and you could also ask your County Council member's office about it.")).toBe('fail');
    expect(r('Call Permits, Approvals and Inspections at 410-555-0132 and ask them about the fee.')).toBe('pass');
  });
});
