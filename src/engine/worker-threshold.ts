/**
 * Below this many files one thread is about as fast: a worker takes ~100 ms to load the bundle
 * and then compiles the analysis anew (its first files cost ~12 ms each, later ones ~4 ms), so
 * it must take over more work than that costs: break-even on two idle cores, estimated from those
 * figures, at 20–45 files. A run of fewer files does not load the worker pool at all (engine.ts).
 */
export const MIN_FILES_FOR_WORKERS = 48;
