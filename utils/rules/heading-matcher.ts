import { compileHeadingPatterns } from './compile';
import { decodeFirstWords } from './first-words';

/** Tests normalised labels against one heading rule's patterns. */
export interface HeadingMatcher {
  test(label: string): boolean;
}

/**
 * A heading rule's matcher, made once per pattern list and kept for the page's
 * later plans.
 *
 * With `firstWords` (for each pattern, the first words it allows, encoded as
 * in `first-words.ts`; the built-in rules' are generated ahead of time), a label
 * is tested only against the patterns its first word allows, compiled into one
 * small expression per first word when a label first needs it. A rule's whole
 * alternation (thousands of characters: milliseconds to compile on every page
 * load) is never built, and most labels meet no expression at all. Same
 * answers as `compileHeadingPatterns(patterns, { caseInsensitive: false })`.
 *
 * Without it (a user's own patterns, which may hold capitals), the patterns
 * are compiled as they are.
 */
export function headingMatcher(patterns: readonly string[], options: { caseInsensitive?: boolean; firstWords?: readonly string[] } = {}): HeadingMatcher {
  const { caseInsensitive = true, firstWords } = options;
  const indexed = !caseInsensitive && firstWords?.length === patterns.length;
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

function byFirstWord(patterns: readonly string[], firstWords: readonly string[]): HeadingMatcher {
  const exact = new Map<string, number[]>();
  const prefixes: { prefix: string; pattern: number }[] = [];
  const always: number[] = []; // patterns that may start with any word
  firstWords.forEach((line, i) => {
    const { exact: words, prefixes: starts } = decodeFirstWords(line);
    for (const word of words) {
      const list = exact.get(word);
      if (list) list.push(i);
      else exact.set(word, [i]);
    }
    for (const prefix of starts) {
      if (prefix === '') always.push(i);
      else prefixes.push({ prefix, pattern: i });
    }
  });
  const compile = (chosen: Iterable<number>) => compileHeadingPatterns([...chosen].map((i) => patterns[i]), { caseInsensitive: false });
  const anyWord = always.length ? compile(always) : null;
  const byWord = new Map<string, RegExp | null>();
  const forWord = (word: string): RegExp | null => {
    let rx = byWord.get(word);
    if (rx !== undefined) return rx;
    const chosen = new Set(exact.get(word));
    for (const p of prefixes) if (word.startsWith(p.prefix)) chosen.add(p.pattern);
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
