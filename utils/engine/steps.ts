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
