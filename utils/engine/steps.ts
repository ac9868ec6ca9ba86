/**
 * Work that can pause: a generator that yields at safe points (between
 * chunks of elements) and returns its result. The command line and tests
 * drain it in one go (`drain`); the content script runs it in time slices,
 * so a huge page never blocks the main thread for long.
 */
export type Steps<T> = Generator<void, T, void>;

/** Elements handled between two pauses (a few milliseconds of work in a browser). */
export const CHUNK = 1024;

export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Runs `steps` for one time slice of about `budget` ms by `clock`: at least
 * one step, then more while the time spent plus the longest step seen so far
 * stays within the budget. One step can be long (a native query over a page
 * of 100,000 elements takes 20 ms), so running on until the budget is spent
 * would overrun it by as much. `longest` carries over from the slices before.
 */
export function runSlice<T>(steps: Steps<T>, budget: number, clock: () => number, longest = 0): { result: IteratorResult<void, T>; longest: number } {
  const start = clock();
  for (;;) {
    const before = clock();
    const result = steps.next();
    const now = clock();
    longest = Math.max(longest, now - before);
    if (result.done || now - start + longest >= budget) return { result, longest };
  }
}
