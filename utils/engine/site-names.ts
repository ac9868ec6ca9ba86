import { isLetterOrDigit, normalizeLabel } from './text';

/** Host labels that name no site: the common second-level labels of public suffixes, and `www`. */
const NO_NAME = new Set(['www', 'com', 'co', 'org', 'net', 'gov', 'edu', 'ac', 'news', 'blog', 'blogs', 'm', 'amp', 'mobile']);

/**
 * The names a page's site goes by, each written without spaces, lower-cased:
 * its `og:site_name`, and its host's labels ("washingtonexaminer" for
 * www.washingtonexaminer.com, "cnn" for edition.cnn.com). Labels of two
 * letters or fewer are a country's code, not a name.
 */
export function siteNames(doc: Document, url: string): string[] {
  const names = new Set<string>();
  const add = (name: string) => {
    const key = lettersAndDigits(normalizeLabel(name));
    if (key.length > 2) names.add(key);
  };
  // The head's own children, read one by one: a selector query of the head costs more in jsdom than the rest of this.
  for (let el = doc.head?.firstElementChild; el; el = el.nextElementSibling) {
    if (el.localName === 'meta' && el.getAttribute('property') === 'og:site_name') {
      add(el.getAttribute('content') ?? '');
      break;
    }
  }
  try {
    for (const label of new URL(url).hostname.toLowerCase().split('.')) if (!NO_NAME.has(label)) add(label);
  } catch {
    // No address: the page's own name only.
  }
  return [...names];
}

/**
 * `withoutSiteName` for one page's names, each label's answer kept (two
 * rules ask of the same labels).
 */
export function siteNameReader(names: readonly string[]): (label: string) => string | null {
  if (names.length === 0) return () => null;
  const known = new Map<string, string | null>();
  return (label) => {
    let rest = known.get(label);
    if (rest === undefined) {
      // Most labels name no site: a cheap test first (spaces and hyphens out: "pv magazine", "pv-magazine").
      const joined = label.replaceAll(' ', '').replaceAll('-', '');
      rest = names.some((name) => joined.includes(name)) ? withoutSiteName(label, names) : null;
      known.set(label, rest);
    }
    return rest;
  };
}

/**
 * A normalised label with the site's name taken out ("more washington
 * examiner" → "more", "today on webmd" → "today on"), or null when the label
 * does not name the site, or is nothing but its name. The name may span
 * words ("washington examiner" for "washingtonexaminer").
 */
export function withoutSiteName(label: string, names: readonly string[]): string | null {
  const words = label.split(' ');
  for (let from = 0; from < words.length; from++) {
    let run = '';
    for (let to = from; to < words.length; to++) {
      run += lettersAndDigits(words[to]);
      if (!names.includes(run)) continue;
      const rest = [...words.slice(0, from), ...words.slice(to + 1)].join(' ');
      return rest || null;
    }
  }
  return null;
}

/** `text`'s letters and digits alone (no Unicode-aware expression: compiling one costs more than a page's labels take to read). */
function lettersAndDigits(text: string): string {
  let out = '';
  for (const char of text) if (isLetterOrDigit(char.codePointAt(0)!)) out += char;
  return out;
}
