import type { Settings } from '../settings';

/**
 * The page's settings, read once by the script that runs before the page is
 * parsed and handed to the content script that runs after it. Both run in the
 * extension's one isolated world of the frame, so they share its global
 * object; the page cannot see it.
 */
const KEY = '__siftEarlySettings';

interface Shared {
  url: string;
  settings: Promise<Settings>;
}

export function shareEarlySettings(url: string, settings: Promise<Settings>): void {
  (globalThis as Record<string, unknown>)[KEY] = { url, settings } satisfies Shared;
}

/** The settings the early script read for `url`, once; undefined when it read none (then read them yourself). */
export function takeEarlySettings(url: string): Promise<Settings> | undefined {
  const shared = (globalThis as Record<string, unknown>)[KEY] as Shared | undefined;
  delete (globalThis as Record<string, unknown>)[KEY];
  return shared?.url === url ? shared.settings : undefined;
}
