// `syllable` has no `exports` map, so its list of exceptions is importable by path, but it ships
// no declaration for that file; see src/measure/syllable-count.ts.
declare module 'syllable/problematic.js' {
  /** Syllables of words the package's rules miscount, by lower-case spelling. */
  export const problematic: Record<string, number>;
}
