import { compileHeadingPatterns } from './compile';
import type { FirstWordIndex } from './first-words';

/** Tests normalised labels against one heading rule's patterns. */
export interface HeadingMatcher {
  test(label: string): boolean;
}

/**
 * A heading rule's matcher, made once per pattern list and kept for the page's
 * later plans.
 *
 * With `firstWords` (the patterns' first-word index; the built-in rules' is
 * generated ahead of time), a label is tested only against the patterns its
 * first word allows, compiled into one small expression per first word when
 * a label first needs it. A rule's whole alternation (thousands of
 * characters: milliseconds to compile on every page load) is never built,
 * and most labels meet no expression at all. Same answers as
 * `compileHeadingPatterns(patterns, { caseInsensitive: false })`.
 *
 * Without it (a user's own patterns, which may hold capitals), the patterns
 * are compiled as they are.
 */
export function headingMatcher(patterns: readonly string[], options: { caseInsensitive?: boolean; firstWords?: FirstWordIndex } = {}): HeadingMatcher {
  const { caseInsensitive = true, firstWords } = options;
  const indexed = !caseInsensitive && firstWords?.count === patterns.length;
  const cache = indexed ? byWordCache : caseInsensitive ? insensitive : sensitive;
  let matcher = cache.get(patterns);
  if (!matcher) {
    matcher = indexed ? byFirstWord(patterns, firstWords!) : compileHeadingPatterns(patterns, { caseInsensitive });
    cache.set(patterns, matcher);
  }
  return matcher;
}

const byWordCache = new WeakMap<readonly string[], HeadingMatcher>();
const sensitive = new WeakMap<readonly string[], HeadingMatcher>();
const insensitive = new WeakMap<readonly string[], HeadingMatcher>();

function byFirstWord(patterns: readonly string[], index: FirstWordIndex): HeadingMatcher {
  const compile = (chosen: Iterable<number>) => compileHeadingPatterns([...chosen].map((i) => patterns[i]), { caseInsensitive: false });
  const anyWord = index.always.length ? compile(index.always) : null;
  const byWord = new Map<string, RegExp | null>();
  const forWord = (word: string): RegExp | null => {
    let rx = byWord.get(word);
    if (rx !== undefined) return rx;
    const chosen = new Set(Object.hasOwn(index.words, word) ? index.words[word] : undefined);
    for (const [prefix, pattern] of index.prefixes) if (word.startsWith(prefix)) chosen.add(pattern);
    rx = chosen.size ? compile(chosen) : null;
    byWord.set(word, rx);
    return rx;
  };
  return {
    test(label) {
      if (anyWord?.test(label)) return true;
      const space = label.indexOf(' ');
      return forWord(space < 0 ? label : label.slice(0, space))?.test(label) ?? false;
    },
  };
}
