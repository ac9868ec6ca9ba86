import { describe, expect, it } from 'vitest';
import { compileHeadingPatterns } from '../../utils/rules/compile';
import * as PHRASES from '../../utils/rules/phrases';
import { BUILTIN_RULES } from '../../utils/rules/registry';
import { isLetterOrDigit, normalizeLabel } from '../../utils/engine/text';
import { normalizeLabelReference as reference, TABLE } from '../helpers/phrase-examples';

describe.each(Object.entries(TABLE))('%s', (name, { yes, no }) => {
  // As the engine compiles built-in patterns: without the `i` flag.
  const pattern = compileHeadingPatterns((PHRASES as Record<string, readonly string[]>)[name], { caseInsensitive: false });
  it.each(yes)('matches "%s"', (label) => expect(pattern.test(normalizeLabel(label))).toBe(true));
  it.each(no)('does not match "%s"', (label) => expect(pattern.test(normalizeLabel(label))).toBe(false));
});

describe('phrase lists', () => {
  it('are lower case (labels are lower-cased first, so no `i` flag is needed)', () => {
    for (const rule of BUILTIN_RULES) {
      if (rule.match.kind !== 'heading') continue;
      for (const p of rule.match.patterns) expect(p.replace(/\\./g, ''), `${rule.id}: ${p}`).toBe(p.replace(/\\./g, '').toLowerCase());
    }
  });

  it('cover English, German, French and Spanish for every clutter kind', () => {
    for (const name of ['RELATED_HEADING', 'APP_PROMPT', 'NEWSLETTER', 'COMMENTS', 'AI_WIDGET', 'SUBSCRIPTION_PROMO', 'FEEDBACK', 'SPONSORED', 'CONSENT']) {
      expect(TABLE[name].yes.length, name).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('normalizeLabel', () => {
  it.each([
    ['  Related   Articles  ', 'related articles'],
    ['Read more:', 'read more'],
    ['→ Most read', 'most read'],
    ['Comments (12)', 'comments 12'],
    ['Don’t miss', "don't miss"],
  ])('%j → %j', (input, output) => expect(normalizeLabel(input)).toBe(output));

  it('trims the ends as the Unicode expression does, on tricky labels', () => {
    const tricky = ['', '   ', '!!!', "'''", "rock 'n' roll'", "'quoted'", '→ Most read ←', '• Teilen •', '«À lire aussi»', '¿Te puede interesar?', 'Ñu', '× close', '÷2', '²', 'µ', 'ª', '日本語のニュース。', 'Новости:', 'أخبار', '🔥 Trending 🔥', '𝐑𝐞𝐥𝐚𝐭𝐞𝐝', '\ud83dRelated\ud83d', '\udc00x\udc00', 'Ⅻ chapters', '٣ comments', '\u00a0Share\u2003', '(12)', 'Comments (12)', 'ǅemal', 'ƀ', 'ɏ', 'ɐ'];
    for (const label of tricky) expect(normalizeLabel(label), JSON.stringify(label)).toBe(reference(label));
  });

  it('keeps the marks that end a word, and reads a Turkish capital İ as i', () => {
    expect(normalizeLabel('यह भी पढ़ें:')).toBe('यह भी पढ़ें');
    expect(normalizeLabel('İLGİLİ HABERLER')).toBe('ilgili haberler');
  });

  it('reads letters, numbers and marks as \\p{L}, \\p{N} and \\p{M} do, for every code point', () => {
    const unicode = /^[\p{L}\p{N}\p{M}]$/u;
    for (let cp = 0; cp <= 0x10ffff; cp += cp < 0x30000 ? 1 : 97) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      if (isLetterOrDigit(cp) !== unicode.test(String.fromCodePoint(cp))) expect.fail(`U+${cp.toString(16)}`);
    }
  });
});
