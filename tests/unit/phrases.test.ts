import { describe, expect, it } from 'vitest';
import { compileHeadingPatterns } from '../../utils/rules/compile';
import * as PHRASES from '../../utils/rules/phrases';
import { BUILTIN_RULES } from '../../utils/rules/registry';
import { normalizeLabel } from '../../utils/engine/text';
import { TABLE } from '../helpers/phrase-examples';

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
    for (const name of ['RELATED_HEADING', 'APP_PROMPT', 'NEWSLETTER', 'COMMENTS', 'AI_WIDGET', 'SPONSORED', 'CONSENT']) {
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
});
