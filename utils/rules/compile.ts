import { requiredLiterals } from './literals';

/** Patterns are data (strings); these turn them into regular expressions once per rule. */

/**
 * A heading rule's patterns, each matched against the whole normalised label
 * (already lower case). Built-in patterns are lower case too, so they need no
 * `i` flag, which makes these large alternations about a third cheaper to
 * compile on each page; a user's own patterns keep it (they may hold
 * capitals). No `u`: it makes them several times slower to compile and run.
 */
export function compileHeadingPatterns(patterns: readonly string[], { caseInsensitive = true } = {}): RegExp {
  return new RegExp(`^(?:${patterns.map((p) => `(?:${p})`).join('|')})$`, caseInsensitive ? 'i' : '');
}

/** A links rule's URL patterns, matched anywhere in the absolute URL. */
export function compileLinkPatterns(patterns: readonly string[]): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'i');
}

/**
 * A selector for the links that URL patterns could match, for a browser to find natively
 * instead of every link being tested: `a[href*="…" i]` for the strings each pattern cannot
 * match without (see `requiredLiterals`), and every protocol-relative link (`//host/…`,
 * tested as `https://host/…`, may hold a pattern's `://` only once resolved). Null when a
 * pattern has no such strings, or strings this selector would have to escape: then every
 * link is tested.
 */
export function linkCandidates(patterns: readonly string[]): string | null {
  const key = patterns.join('\n');
  let selector = candidateSelectors.get(key);
  if (selector === undefined) candidateSelectors.set(key, (selector = candidateSelector(patterns)));
  return selector;
}

/** Made once per list of patterns (a page plans again as it changes). */
const candidateSelectors = new Map<string, string | null>();

function candidateSelector(patterns: readonly string[]): string | null {
  const strings = new Set<string>();
  for (const pattern of patterns) {
    const found = requiredLiterals(pattern);
    if (!found || found.some((s) => !/^[!#-[\]-~]+$/.test(s))) return null;
    for (const s of found) strings.add(s);
  }
  if (strings.size === 0) return null;
  return [...[...strings].map((s) => `a[href*="${s}" i]`), 'a[href^="//"]'].join(', ');
}

/** A text as a pattern that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
