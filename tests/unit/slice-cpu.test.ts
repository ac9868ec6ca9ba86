import { describe, expect, it } from 'vitest';
import { sliceCpu, type TraceEvent } from '../browser/slice-cpu';

/** A `console.timeStamp(message)` as a trace reports it: wall clock `ts`, the thread's CPU clock `tts` (both µs). */
const mark = (message: string, ts: number, tts: number | undefined, tid = 1): TraceEvent => ({ name: 'TimeStamp', ph: 'I', pid: 7, tid, ts, tts, args: { data: { message } } });

describe('the plan slices’ thread CPU, from a trace', () => {
  it('sums end minus start of the CPU clock over each bracketed slice, not the wall clock', () => {
    const events = [mark('sift:slice:start', 1_000, 500), mark('sift:slice:end', 9_000, 3_500), mark('sift:slice:start', 20_000, 4_000), mark('sift:slice:end', 22_000, 5_250)];
    expect(sliceCpu(events)).toBeCloseTo(3 + 1.25);
  });

  it('pairs each end with the last start on its own thread; a start left open (a slice cut short) counts nothing', () => {
    const events = [
      mark('sift:slice:start', 1_000, 100), // the copy refused: planned in place from here
      mark('sift:slice:start', 2_000, 1_000),
      mark('sift:slice:start', 2_500, 50, 2), // another thread
      mark('sift:slice:end', 3_000, 1_400),
      mark('sift:slice:end', 3_100, 250, 2),
      mark('sift:slice:end', 4_000, 9_999), // no start open
    ];
    expect(sliceCpu([...events].reverse())).toBeCloseTo(0.4 + 0.2);
  });

  it('reads only the slice edges that carry a CPU clock, and only time stamps', () => {
    expect(sliceCpu([mark('sift:slice:start', 1, undefined), mark('sift:slice:end', 2, 10), mark('sift:applied', 3, 20)])).toBe(0);
    // A performance mark of the same name (user timing) is not an edge: only the cleaner's time stamps are.
    const userMark = (name: string, ts: number, tts: number): TraceEvent => ({ name, ph: 'I', pid: 7, tid: 1, ts, tts });
    expect(sliceCpu([userMark('sift:slice:start', 1, 10), userMark('sift:slice:end', 2, 2_010)])).toBe(0);
    expect(sliceCpu([mark('other', 1, 10), mark('sift:slice:start', 2, 20), mark('sift:slice:end', 3, 1_020)])).toBeCloseTo(1);
  });
});
