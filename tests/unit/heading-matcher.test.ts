import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedSource, GENERATED } from '../../cli/first-words';
import { collectLabels } from '../../utils/engine/labels';
import { indexPage } from '../../utils/engine/page-index';
import { drain } from '../../utils/engine/steps';
import { normalizeLabel } from '../../utils/engine/text';
import { compileHeadingPatterns } from '../../utils/rules/compile';
import { ANY_WORD, firstWordIndex, firstWords } from '../../utils/rules/first-words';
import { FIRST_WORDS } from '../../utils/rules/first-words.generated';
import { headingMatcher } from '../../utils/rules/heading-matcher';
import { BUILTIN_RULES } from '../../utils/rules/registry';
import { CORPUS, loadCases, readPage } from '../helpers/corpus';
import { parseHtml } from '../helpers/dom';
import { normalizeLabelReference, TABLE } from '../helpers/phrase-examples';

const sorted = (w: { exact: string[]; prefixes: string[] }) => ({ exact: [...w.exact].sort(), prefixes: [...w.prefixes].sort() });

describe('firstWords', () => {
  it.each([
    ['related( articles?| stories)?', { exact: ['related'], prefixes: [] }],
    ['(also )?read( next)?', { exact: ['also', 'read'], prefixes: [] }],
    ["(editor'?s|our) picks?", { exact: ["editor's", 'editors', 'our'], prefixes: [] }],
    ['relacionad[oa]s', { exact: ['relacionadas', 'relacionados'], prefixes: [] }],
    ['(?:ki|ai)-(summary|assistant).{0,40}', { exact: [], prefixes: ['ai-assistant', 'ai-summary', 'ki-assistant', 'ki-summary'] }],
    ['suivez-nous.{0,40}', { exact: [], prefixes: ['suivez-nous'] }],
    ['mehr (zu|von) ?.{0,40}', { exact: ['mehr'], prefixes: [] }],
    ['top\\.stories', { exact: ['top.stories'], prefixes: [] }],
    ['x{2}y', { exact: ['xxy'], prefixes: [] }],
    ['ab+c', { exact: [], prefixes: ['ab'] }],
  ])('%s', (pattern, words) => expect(sorted(firstWords(pattern))).toEqual(sorted(words)));

  it.each([
    ['.{0,40}to your inbox'], // any start
    ['\\d* ?comments'],
    ['(?=x)x'], // a look-ahead
    ['\\bword'], // an assertion it does not read
    ['[^a]bc'], // a negated class
    ['(a|b'], // not even a valid pattern
    ['a|b|(c)d)'],
  ])('%s may start with any word', (pattern) => expect(firstWords(pattern)).toEqual(ANY_WORD));

  it('gives up on a pattern with too many first words rather than listing them', () => {
    expect(firstWords('[abcd][abcd][abcd][abcd][abcd]')).toEqual(ANY_WORD);
  });

  it('index a rule\'s patterns by first word, prefix, or any word', () => {
    const index = firstWordIndex(['related( articles?)?', '(also )?read( next)?', '.{0,40}to your inbox', 'ab+c', '__proto__ x', 'a\\*b']);
    expect(index).toEqual({
      count: 6,
      words: { related: [0], also: [1], read: [1], 'a*b': [5] },
      prefixes: [['ab', 3]],
      always: [2, 4], // a first word that would be an object's prototype as a key is tried always
    });
    expect(Object.getPrototypeOf(index.words)).toBe(Object.prototype);
  });

  it('the generated table is up to date (run `npm run rules:first-words` after changing a heading rule)', () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(generatedSource());
  });
});

describe('headingMatcher', () => {
  const headingRules = BUILTIN_RULES.filter((r) => r.match.kind === 'heading');

  // Real labels from corpus pages, the phrase tables' examples, and each first word alone and with a tail.
  const labels = new Set<string>();
  const raw = new Set<string>();
  const cases = [...loadCases(`${CORPUS}/cluttered`), ...loadCases(`${CORPUS}/readability`).filter((_, i) => i % 3 === 0), ...loadCases(`${CORPUS}/aeb`).filter((_, i) => i % 3 === 0)];
  for (const c of cases) {
    const doc = parseHtml(readPage(c), c.url);
    for (const label of drain(collectLabels(indexPage(doc.body)))) {
      labels.add(label.text);
      raw.add(label.display);
    }
  }
  for (const { yes, no } of Object.values(TABLE)) for (const l of [...yes, ...no]) labels.add(normalizeLabel(l));
  for (const { words, prefixes } of Object.values(FIRST_WORDS)) {
    for (const w of [...Object.keys(words), ...prefixes.map(([prefix]) => prefix)]) {
      for (const l of [w, `${w} more`, `${w}s`, `${w} the app`, `${w} news from the town`, `x ${w}`]) labels.add(l);
    }
  }

  it(`answers as the rule's whole expression does, on ${labels.size} labels`, () => {
    expect(labels.size).toBeGreaterThan(3000);
    let matched = 0;
    for (const rule of headingRules) {
      if (rule.match.kind !== 'heading') continue;
      const whole = compileHeadingPatterns(rule.match.patterns, { caseInsensitive: false });
      const byWord = headingMatcher(rule.match.patterns, { caseInsensitive: false, firstWords: FIRST_WORDS[rule.id] });
      for (const label of labels) {
        const want = whole.test(label);
        if (want) matched++;
        expect(byWord.test(label), `${rule.id}: "${label}"`).toBe(want);
      }
    }
    expect(matched).toBeGreaterThan(150); // the sample holds many matches, not only misses
  });

  it('the labels are normalised as the Unicode expression would', () => {
    for (const text of raw) expect(normalizeLabel(text), JSON.stringify(text)).toBe(normalizeLabelReference(text));
  });

  it("keeps a user's patterns case-insensitive", () => {
    expect(headingMatcher(['Partner Offers']).test('partner offers')).toBe(true);
    expect(headingMatcher(['Partner Offers']).test('partner offers today')).toBe(false);
  });

  it('falls back to the whole expression when the table does not fit the patterns', () => {
    const patterns = ['related', 'more from .{0,40}'];
    const m = headingMatcher(patterns, { caseInsensitive: false, firstWords: firstWordIndex(['related']) });
    expect(m.test('more from the coast')).toBe(true);
  });
});
