/** Patterns are data (strings); these turn them into regular expressions once per rule. */

/** A heading rule's patterns, each matched against the whole normalised label. */
export function compileHeadingPatterns(patterns: readonly string[]): RegExp {
  return new RegExp(`^(?:${patterns.map((p) => `(?:${p})`).join('|')})$`, 'iu');
}

/** A links rule's URL patterns, matched anywhere in the absolute URL. */
export function compileLinkPatterns(patterns: readonly string[]): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p})`).join('|'), 'i');
}
