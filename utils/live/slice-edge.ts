/**
 * Under `#sift-debug`, a plan slice's edge in real time: `sift:slice:start`
 * and `sift:slice:end`, made just outside the slice's measured stretch. In a
 * trace a time stamp carries the thread's CPU clock, which is how the
 * benchmark tells a slice's CPU time from its wall time
 * (tests/browser/slice-cpu.ts pairs these names); see `CleanerOptions.debug`.
 */
export function sliceEdge(which: 'start' | 'end'): void {
  console.timeStamp?.(`sift:slice:${which}`); // (absent outside browsers: jsdom's tests)
}
