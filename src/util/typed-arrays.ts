/** The typed arrays seo-check keeps columns and tables in. */
export type Column = Int32Array<ArrayBuffer> | Int8Array<ArrayBuffer> | Uint8Array<ArrayBuffer>;

/** A new array of `length` items of `a`'s kind, holding `a`'s first `keep` items (zeros after). */
export function resized<T extends Column>(a: T, length: number, keep = Math.min(a.length, length)): T {
  const b = new (a.constructor as new (length: number) => T)(length);
  b.set(a.subarray(0, keep) as ArrayLike<number>);
  return b;
}
