/**
 * Runs `fn` once, in the next animation frame (before the next paint) or
 * after `timeoutMs`, whichever comes first: hidden tabs get no frames.
 */
export function nextFrame(win: Window | null, fn: () => void, timeoutMs = 100): void {
  let done = false;
  const once = () => {
    if (!done) {
      done = true;
      fn();
    }
  };
  win?.requestAnimationFrame?.(once);
  setTimeout(once, timeoutMs);
}
