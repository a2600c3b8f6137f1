/**
 * Small seeded PRNG (sfc32, seeded through a murmur-style mix). No Math.random anywhere:
 * every stream is derived from (seed, domain, index), so one session's content never
 * depends on how many other random numbers were drawn before it.
 */

function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash a few integers into one 32-bit value. */
export function hash32(a: number, b = 0, c = 0): number {
  let h = mix32((a | 0) ^ 0x9e3779b9);
  h = mix32(h ^ Math.imul((b | 0) + 0x7f4a7c15, 0x2545f491));
  h = mix32(h ^ Math.imul((c | 0) + 0x165667b1, 0x27d4eb2f));
  return h;
}

const KEYS = new WeakMap<object, string[]>();

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, domain = 0, index = 0) {
    this.a = hash32(seed, domain, index);
    this.b = hash32(index, seed, domain ^ 0x51ed270b);
    this.c = hash32(domain, index ^ 0x3c6ef372, seed);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const a = this.a | 0;
    const b = this.b | 0;
    const c = this.c | 0;
    const d = this.d | 0;
    const t = (((a + b) | 0) + d) | 0;
    this.d = (d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    const c2 = (c << 21) | (c >>> 11);
    this.c = (c2 + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(arr: readonly T[]): T {
    return arr[Math.floor(this.next() * arr.length)] as T;
  }

  /** Index drawn with the given (non-negative) weights. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i] as number;
      if (x < 0) return i;
    }
    return weights.length - 1;
  }

  /** Key of an object of weights, e.g. { hold: 0.5, quick: 0.3 }. */
  choose<K extends string>(weights: Readonly<Record<K, number>>): K {
    let keys = KEYS.get(weights) as K[] | undefined;
    if (!keys) {
      keys = Object.keys(weights) as K[];
      KEYS.set(weights, keys);
    }
    let total = 0;
    for (const k of keys) total += weights[k];
    let x = this.next() * total;
    for (const k of keys) {
      x -= weights[k];
      if (x < 0) return k;
    }
    return keys[keys.length - 1] as K;
  }

  /** Skewed integer in [lo, hi]: small values likelier (power > 1). */
  skewed(lo: number, hi: number, power = 2): number {
    return lo + Math.floor(Math.pow(this.next(), power) * (hi - lo + 1));
  }
}
