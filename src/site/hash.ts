/** 32-bit FNV-1a of a string's UTF-16 units, as a signed int32. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * MurmurHash3's finaliser: a bijection of the 32-bit integers that mixes every input bit into
 * every output bit, so `fmix32(x ^ seed)` serves as one random-looking permutation per seed.
 */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

function hex32(h: number): string {
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * A 64-bit hash (two independent 32-bit ones) of a sequence of strings, as 16 hex digits: among
 * 10 000 articles the chance of two different bodies sharing one is about 3 in 10^12.
 */
export class Hash64 {
  private a = 0x811c9dc5 | 0;
  private b = 0x2545f491 | 0;

  add(part: string): void {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < part.length; i++) {
      const c = part.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
    // A separator no word holds, so that "ab c" and "a bc" differ.
    this.a = Math.imul(a ^ 0x1f, 0x01000193);
    this.b = Math.imul(b ^ 0x1f, 0x5bd1e995) ^ (b >>> 15);
  }

  /** Adds a part already hashed to two 32-bit values (a word, hashed once per spelling). */
  mix(h1: number, h2: number): void {
    this.a = Math.imul(this.a ^ h1, 0x01000193);
    this.b = Math.imul(this.b ^ h2, 0x5bd1e995) ^ (this.b >>> 15);
  }

  digest(): string {
    return hex32(fmix32(this.a)) + hex32(fmix32(this.b ^ this.a));
  }
}
