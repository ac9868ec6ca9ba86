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

/**
 * A links rule's URL patterns, matched anywhere in the absolute URL; or,
 * with `flags` 'iu', text patterns (a links rule's, a dialog rule's), matched
 * anywhere in a link's or a dialog's text.
 */
export function compileLinkPatterns(patterns: readonly string[], flags: 'i' | 'iu' = 'i'): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p})`).join('|'), flags);
}

/** A text as a pattern that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
