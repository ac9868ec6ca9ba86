/** Patterns are data (strings); these turn them into regular expressions once per rule. */

/** A heading rule's patterns, each matched against the whole normalised label (already lower case; `i` keeps user patterns with capitals working; no `u`: it makes these large alternations several times slower to compile and run). */
export function compileHeadingPatterns(patterns: readonly string[]): RegExp {
  return new RegExp(`^(?:${patterns.map((p) => `(?:${p})`).join('|')})$`, 'i');
}

/** A links rule's URL patterns, matched anywhere in the absolute URL. */
export function compileLinkPatterns(patterns: readonly string[]): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'i');
}
