/**
 * approachability.pickup and approachability.greeting (RUBRIC.md, Approachability).
 */
import { selfIdentifies, titleEchoD4 } from '../classify';
import { secs } from '../text';
import { ev, na, result, type Check } from './common';
import { F } from '../phrases';

/** approachability.pickup: pickup time (pickedUpAt, else first provider message) within pickupSeconds. */
export const pickup: Check = (s) => {
  const id = 'approachability.pickup';
  if (s.pickup === null) return result(id, 'fail', 'no provider ever joined the session', [], { value: null });
  const limit = s.settings.pickupSeconds;
  const ms = Math.max(0, s.pickup - s.startedAt);
  const seconds = secs(ms);
  const first = s.prov[0];
  const evidence = first ? [ev(first)] : [];
  const how = s.pickedUpAt !== null ? 'picked up (recorded pickup time)' : 'picked up';
  const ok = ms <= limit * 1000;
  return result(id, ok ? 'pass' : 'fail', `${how} after ${seconds} s; the standard is ${limit} s`, evidence, { value: seconds });
};

/** (v27 B6) A sentence that is only a greeting word asked as a question ("hello?", "hi??", "helloooo?!"): anchored, linear. */
const CHECKIN_HELLO_B6 = /^(?:hel+o+|hi+|hey+|hul+o+|hal+o+) ?[?!]*$/;
function checkinHelloB6(n: string): boolean {
  return n.includes('?') && CHECKIN_HELLO_B6.test(n);
}

/** approachability.greeting: within the first two provider messages, a greeting and who is answering. */
export const greeting: Check = (s) => {
  const id = 'approachability.greeting';
  if (!s.providerJoined) return na(id, 'no provider joined');
  const firstTwo = s.prov.slice(0, 2);
  if (firstTwo.length === 0) return result(id, 'fail', 'the provider sent no message');
  let greet = -1;
  let greetK = -1;
  let who = -1;
  let whoK = -1;
  for (let j = 0; j < firstTwo.length; j++) {
    const m = firstTwo[j]!;
    if (greet < 0 && m.has(F.greeting)) {
      // (v27 B6, `helloCheckinB6`) after the provider's first message, a bare "Hello?" checks whether the patron is there
      let k = m.find(F.greeting);
      // (v29 D4, `titleEchoD4`) a greeting that echoes a title the patron asked for ("Hey Arnold! The Movie is on Hoopla")
      const echoOnly = s.rubric.titleEchoD4 === true && k >= 0 && titleEchoD4(s, m, m.sentences[k]!.n) && (k = m.find(F.greeting, (x) => !titleEchoD4(s, m, x.n))) < 0;
      const checkinOnly = j > 0 && s.rubric.helloCheckinB6 === true && k >= 0 && m.find(F.greeting, (x) => !checkinHelloB6(x.n)) < 0
        // (v27 B10, `helloOfferB10`) but "Hello? What can I help you find today?" opens the conversation: a greeting
        && !(s.rubric.helloOfferB10 === true && m.has(F.greetingOffer));
      if (!checkinOnly && !echoOnly) {
        greet = j;
        greetK = k;
      }
    }
    if (who < 0) {
      const k = selfIdentifies(s, m);
      if (k >= 0) {
        who = j;
        whoK = k;
      }
    }
  }
  const evidence = [];
  if (greet >= 0) evidence.push(ev(firstTwo[greet]!, greetK));
  if (who >= 0 && who !== greet) evidence.push(ev(firstTwo[who]!, whoK));
  else if (who >= 0 && whoK !== greetK) evidence.push(ev(firstTwo[who]!, whoK));
  if (greet >= 0 && who >= 0) return result(id, 'pass', 'greets the patron and says who is answering', evidence);
  if (evidence.length === 0) evidence.push(ev(firstTwo[0]!));
  if (greet < 0 && who < 0) return result(id, 'fail', 'the first two provider messages neither greet nor say who is answering', evidence);
  if (greet < 0) return result(id, 'fail', 'says who is answering but never greets the patron', evidence);
  return result(id, 'fail', 'greets the patron but never says who is answering (name, librarian, library or service)', evidence);
};
