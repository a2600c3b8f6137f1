import type { ResolvedOptions } from './options';
import { Rng } from './rng';
import { civilFromDays, DAY, nyParts, nyToUtc, weekday } from './time';

/** Relative chat traffic by local hour (the service is staffed mostly 9:00–21:00). */
export const HOUR_WEIGHTS: readonly number[] = [
  0.05, 0.03, 0.02, 0.02, 0.02, 0.03, 0.06, 0.15, 0.35, 0.9, 1.15, 1.3, 1.25, 1.35, 1.45, 1.4, 1.3, 1.1, 1.0, 1.0,
  0.9, 0.7, 0.25, 0.12,
];
/** Relative traffic by weekday, Sunday first. */
export const WEEKDAY_WEIGHTS: readonly number[] = [0.6, 1.15, 1.2, 1.15, 1.05, 0.8, 0.45];

const DAY_DOMAIN = 0x64617973;
const SLOT_DOMAIN = 0x736c6f74;
const BURST_DOMAIN = 0x62757273;
/** share of sessions that arrive in bursts of 4–5 chats within three minutes, routed to one provider */
export const BURST_SHARE = 0.015;

/** US federal holidays, when traffic drops (fixed ones and the nth-weekday ones). */
function isThanksgiving(days: number): boolean {
  const [, m, d] = civilFromDays(days);
  return m === 11 && weekday(days) === 4 && d >= 22 && d <= 28;
}

function holidayFactor(days: number): number {
  const [, m, d] = civilFromDays(days);
  const dow = weekday(days);
  const nth = Math.floor((d - 1) / 7) + 1;
  const lastOfMonth = civilFromDays(days + 7)[1] !== m;
  if ((m === 1 && d === 1) || (m === 7 && d === 4) || (m === 12 && d === 25) || (m === 6 && d === 19)) return 0.35;
  if (isThanksgiving(days)) return 0.25;
  if (isThanksgiving(days - 1)) return 0.6; // the Friday after
  if (m === 1 && dow === 1 && nth === 3) return 0.6; // Martin Luther King Jr. Day
  if (m === 5 && dow === 1 && lastOfMonth) return 0.45; // Memorial Day
  if (m === 9 && dow === 1 && nth === 1) return 0.45; // Labor Day
  return 1;
}

export interface Arrival {
  /** UTC seconds */
  at: number;
  /** local day index since epoch */
  days: number;
  /** index of the day within the generated range */
  dayIndex: number;
  hour: number;
  dow: number;
  /** -1, or an id shared by the chats of one burst */
  burst: number;
  burstPos: number;
  burstSize: number;
}

/**
 * Arrival times in increasing order. Sessions are allocated to hour slots by weight
 * (systematic sampling, so the total is exact), then placed at random inside each slot.
 * Memory is proportional to the number of hour slots, not to the number of sessions.
 */
export function* arrivals(o: ResolvedOptions): Generator<Arrival> {
  const firstDay = o.endDays - o.weeks * 7 + 1;
  const [fy, fm, fd] = civilFromDays(firstDay);
  const [ly, lm, ld] = civilFromDays(o.endDays + 1);
  const start = nyToUtc(fy, fm, fd);
  const end = nyToUtc(ly, lm, ld);
  const nSlots = Math.ceil((end - start) / 3600);
  const weights = new Float64Array(nSlots);
  let total = 0;
  let curDay = Number.NaN;
  let dayFactor = 1;
  for (let s = 0; s < nSlots; s++) {
    const p = nyParts(start + s * 3600);
    if (p.days !== curDay) {
      curDay = p.days;
      const r = new Rng(o.seed, DAY_DOMAIN, p.days);
      dayFactor = (0.8 + 0.4 * r.next()) * holidayFactor(p.days) * (WEEKDAY_WEIGHTS[p.dow] as number);
    }
    const w = (HOUR_WEIGHTS[p.hour] as number) * dayFactor;
    weights[s] = w;
    total += w;
  }
  // bursts (a class assignment, a storm closing) are placed first, in slots drawn by weight
  const br = new Rng(o.seed, BURST_DOMAIN);
  const nBursts = Math.floor((o.sessions * BURST_SHARE) / 4.5);
  const bursts = new Map<number, number[]>();
  let inBursts = 0;
  if (nBursts > 0) {
    const cum = new Float64Array(nSlots);
    let acc = 0;
    for (let s = 0; s < nSlots; s++) cum[s] = acc += weights[s] as number;
    for (let b = 0; b < nBursts; b++) {
      const x = br.next() * acc;
      let lo = 0;
      let hi = nSlots - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cum[mid] as number) > x) hi = mid;
        else lo = mid + 1;
      }
      const size = br.int(4, 5);
      const list = bursts.get(lo) ?? [];
      list.push(size);
      bursts.set(lo, list);
      inBursts += size;
    }
  }
  const regular = o.sessions - inBursts;
  // systematic sampling: exact total, each slot gets its share on average, quiet night hours included
  const counts = new Uint32Array(nSlots);
  const u = br.next();
  let cum = 0;
  let prevMark = 0;
  for (let s = 0; s < nSlots; s++) {
    cum += weights[s] as number;
    const mark = s === nSlots - 1 ? regular : Math.min(regular, Math.floor((regular * cum) / total + u));
    counts[s] = mark - prevMark;
    prevMark = mark;
  }

  let burstId = 0;
  for (let s = 0; s < nSlots; s++) {
    const k = counts[s] as number;
    const slotBursts = bursts.get(s);
    if (k === 0 && !slotBursts) continue;
    const slotStart = start + s * 3600;
    const slotLen = Math.min(3600, end - slotStart);
    const r = new Rng(o.seed, SLOT_DOMAIN, s);
    const items: { at: number; burst: number; pos: number; size: number }[] = [];
    for (let j = 0; j < k; j++) items.push({ at: slotStart + Math.floor(r.next() * slotLen), burst: -1, pos: 0, size: 1 });
    for (const size of slotBursts ?? []) {
      const base = slotStart + Math.floor(r.next() * Math.max(1, slotLen - 200));
      const offs: number[] = [];
      for (let j = 0; j < size; j++) offs.push(Math.floor(r.next() * 180));
      offs.sort((a, b) => a - b);
      const id = burstId++;
      for (let j = 0; j < size; j++) items.push({ at: base + (offs[j] as number), burst: id, pos: j, size });
    }
    items.sort((a, b) => a.at - b.at || a.burst - b.burst || a.pos - b.pos);
    for (const it of items) {
      const p = nyParts(it.at);
      yield {
        at: it.at,
        days: p.days,
        dayIndex: p.days - firstDay,
        hour: p.hour,
        dow: p.dow,
        burst: it.burst,
        burstPos: it.pos,
        burstSize: it.size,
      };
    }
  }
}

export { DAY };
