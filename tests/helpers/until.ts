/**
 * Waits until `check` holds, polling every 10 ms; rejects after `timeout`. Long enough by
 * default for the live cleaner's spacing (up to 5 s after a slow plan on a loaded machine).
 */
export function until(check: () => boolean, timeout = 15_000): Promise<void> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => (check() ? resolve() : Date.now() - start > timeout ? reject(new Error('timed out')) : setTimeout(tick, 10));
    tick();
  });
}
