/** A trace event as Chromium's tracing reports it (the fields the benchmark reads). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  /** The thread's CPU clock (µs) when the event began. */
  tts?: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string }; worldName?: string };
}

/**
 * The plans' slices in thread CPU time (ms), from the marks bracketing each (their `tts`, the
 * thread's CPU clock in µs): each end with the last start before it on its thread (a slice cut
 * short, by a copy refused or a plan that threw, leaves a start without an end).
 */
export function sliceCpu(events: readonly TraceEvent[]): number {
  const open = new Map<string, number>();
  let total = 0;
  for (const e of events.filter((x) => x.tts !== undefined && x.name.startsWith('sift:slice:')).sort((a, b) => a.ts - b.ts)) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.name === 'sift:slice:start') open.set(thread, e.tts!);
    else if (e.name === 'sift:slice:end' && open.has(thread)) {
      total += (e.tts! - open.get(thread)!) / 1000;
      open.delete(thread);
    }
  }
  return total;
}
