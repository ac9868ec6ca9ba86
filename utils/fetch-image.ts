import { browser } from 'wxt/browser';
import type { FetchedImage } from './export/embed-images';
import { IMAGE_CAPS } from './export/embed-images';

export const ALL_SITES = { origins: ['<all_urls>'] };

/** Asks once (from a click) for the optional permission to fetch images from any site. */
export async function requestImagePermission(): Promise<boolean> {
  try {
    return await browser.permissions.request(ALL_SITES);
  } catch {
    return false;
  }
}

export function hasImagePermission(): Promise<boolean> {
  return browser.permissions.contains(ALL_SITES).catch(() => false);
}

/** An image's bytes, without cookies, refused early when it announces more than the per-image cap. */
export async function fetchImage(url: string): Promise<FetchedImage | null> {
  const response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
  if (!response.ok) return null;
  if (Number(response.headers.get('content-length') ?? 0) > IMAGE_CAPS.perImage) return null;
  return { type: response.headers.get('content-type') ?? '', bytes: new Uint8Array(await response.arrayBuffer()) };
}
