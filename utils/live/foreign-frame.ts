/**
 * Whether `win` is a frame of another origin than its top page: an ad slot,
 * a video player, a comment widget, a consent dialog served from elsewhere.
 * Sift cleans the page the user reads and the frames of the same origin; a
 * foreign frame is hidden or kept whole by the top page's plan (its iframe is
 * an element there), never cleaned from inside. Leaving them alone saves
 * each one a plan, a stylesheet and a mutation observer (a news page can have
 * ten or more, each in a process of its own), and keeps Sift out of embeds
 * it could only break.
 */
export function isForeignFrame(win: Window): boolean {
  if (win === win.top) return false;
  try {
    // Chrome's isolated world may not read another origin's location (it throws); Firefox's
    // content scripts may, so the origins are compared.
    return win.top?.location.origin !== win.location.origin;
  } catch {
    return true;
  }
}
