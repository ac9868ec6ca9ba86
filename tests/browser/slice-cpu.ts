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
  args?: { data?: { url?: string; message?: string }; worldName?: string };
}

/** Which edge of a slice an event is: the cleaner's `console.timeStamp` (see `CleanerOptions.debug`). */
function edgeOf(e: TraceEvent): 'sift:slice:start' | 'sift:slice:end' | null {
  if (e.name !== 'TimeStamp') return null;
  const message = e.args?.data?.message;
  return message === 'sift:slice:start' || message === 'sift:slice:end' ? message : null;
}

/**
 * The plans' slices in thread CPU time (ms), from the time stamps bracketing each (their `tts`, the
 * thread's CPU clock in µs): each end with the last start before it on its thread (a slice cut
 * short, by a copy refused or a plan that threw, leaves a start without an end).
 */
export function sliceCpu(events: readonly TraceEvent[]): number {
  const open = new Map<string, number>();
  let total = 0;
  const edges = events.flatMap((e) => {
    const edge = e.tts === undefined ? null : edgeOf(e);
    return edge ? [{ e, edge }] : [];
  });
  for (const { e, edge } of edges.sort((a, b) => a.e.ts - b.e.ts)) {
    const thread = `${e.pid}:${e.tid}`;
    if (edge === 'sift:slice:start') open.set(thread, e.tts!);
    else if (open.has(thread)) {
      total += (e.tts! - open.get(thread)!) / 1000;
      open.delete(thread);
    }
  }
  return total;
}
