import type { ResolvedOptions } from './options';
import type { ProviderInfo } from './providers';
import type { Rng } from './rng';

/** The service's limit of simultaneous chats per provider (rubric `maxConcurrent`). */
export const MAX_CONCURRENT = 3;

/**
 * Assigns sessions to providers as they arrive, in time order. Shifts are a pure function of
 * (day, hour, provider), and each provider keeps only the intervals still open, so memory stays
 * flat however many sessions are generated.
 */
export class Scheduler {
  /** per provider: flat [start, end, start, end, …] of intervals not yet over */
  private readonly open: number[][];
  private readonly burstOwner = new Map<number, number>();
  private readonly loads: Int32Array;

  constructor(
    readonly providers: readonly ProviderInfo[],
    private readonly o: ResolvedOptions,
  ) {
    this.open = providers.map(() => []);
    this.loads = new Int32Array(providers.length);
  }

  /** Library shifts: three daytime blocks rotate through the staff; nights are covered by a few. */
  onShift(p: ProviderInfo, dayIndex: number, hour: number): boolean {
    const ppl = this.o.providersPerLibrary;
    if (hour >= 9 && hour < 21) {
      const block = hour < 13 ? 0 : hour < 17 ? 1 : 2;
      return (dayIndex * 3 + block + p.pos) % ppl < Math.max(1, Math.ceil(ppl * 0.6));
    }
    return p.libIndex % 3 === dayIndex % 3 && (dayIndex + p.pos) % ppl === 0;
  }

  /** Sessions of provider i still open at `at` (intervals that start later are counted too). */
  load(i: number, at: number): number {
    const iv = this.open[i] as number[];
    let w = 0;
    for (let k = 0; k < iv.length; k += 2) {
      if ((iv[k + 1] as number) > at) {
        iv[w++] = iv[k] as number;
        iv[w++] = iv[k + 1] as number;
      }
    }
    if (w !== iv.length) iv.length = w;
    return w / 2;
  }

  register(i: number, start: number, end: number): void {
    (this.open[i] as number[]).push(start, end);
  }

  private best(at: number, r: Rng, accept: (p: ProviderInfo, i: number) => boolean, capped: boolean): number {
    let best = -1;
    let bestLoad = Number.POSITIVE_INFINITY;
    let ties = 0;
    for (let i = 0; i < this.providers.length; i++) {
      const p = this.providers[i] as ProviderInfo;
      if (!accept(p, i)) continue;
      const l = this.loads[i] as number;
      if (capped && l >= MAX_CONCURRENT) continue;
      if (l < bestLoad) {
        best = i;
        bestLoad = l;
        ties = 1;
      } else if (l === bestLoad) {
        ties++;
        if (r.next() * ties < 1) best = i;
      }
    }
    return best;
  }

  private computeLoads(at: number): void {
    for (let i = 0; i < this.providers.length; i++) this.loads[i] = this.load(i, at);
  }

  /**
   * Provider for a new session: an on-shift provider of the patron's library with room, else
   * (or when the chat rolls to the cooperative queue) one of another library, else anyone with
   * room, else the least busy provider (an overload the concurrency check will catch).
   */
  assign(at: number, dayIndex: number, hour: number, patronLib: number, preferGlobal: boolean, r: Rng): number {
    this.computeLoads(at);
    let i = -1;
    if (!preferGlobal) i = this.best(at, r, (p) => p.libIndex === patronLib && this.onShift(p, dayIndex, hour), true);
    if (i < 0) i = this.best(at, r, (p) => p.libIndex !== patronLib && this.onShift(p, dayIndex, hour), true);
    if (i < 0) i = this.best(at, r, (p) => this.onShift(p, dayIndex, hour), true);
    if (i < 0) i = this.best(at, r, () => true, true);
    if (i < 0) i = this.best(at, r, () => true, false);
    return i;
  }

  /** Bursts (a class assignment, a storm closing) land on one provider on purpose. */
  burstProvider(burst: number, pos: number, size: number, fallback: () => number): number {
    let i = this.burstOwner.get(burst);
    if (i === undefined) {
      i = fallback();
      this.burstOwner.set(burst, i);
    }
    if (pos >= size - 1) this.burstOwner.delete(burst);
    return i;
  }

  /** A colleague to transfer to: someone on shift with room, preferably of the same library. */
  transferTarget(from: number, at: number, dayIndex: number, hour: number, r: Rng): number {
    this.computeLoads(at);
    const lib = (this.providers[from] as ProviderInfo).libIndex;
    let i = this.best(at, r, (p, k) => k !== from && p.libIndex === lib && this.onShift(p, dayIndex, hour), true);
    if (i < 0) i = this.best(at, r, (p, k) => k !== from && this.onShift(p, dayIndex, hour), true);
    if (i < 0) i = this.best(at, r, (_p, k) => k !== from, false);
    return i;
  }
}
