import { describe, expect, it } from 'vitest';
import { plan } from '../../utils/engine/plan';
import { BUILTIN_RULES, SITE_RULES, rulesFor } from '../../utils/rules/registry';
import { GENERIC_RULES } from '../../utils/rules/generic';
import { EARLY_GENERIC_RULES } from '../../utils/rules/early-rules';
import { validateRule } from '../../utils/rules/validate';
import { appliesTo } from '../../utils/rules/sites';
import type { Rule } from '../../utils/rules/types';
import { loadFixtures, page, parseHtml } from '../helpers/dom';

const fixtures = loadFixtures('rules');
const findingsByFixture = fixtures.map((f) => ({ ...f, findings: plan(parseHtml(f.html, f.url), f.url).findings }));

describe('every built-in rule', () => {
  it('has a unique id', () => {
    const ids = BUILTIN_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(BUILTIN_RULES.map((r) => [r.id, r] as const))('%s is valid (id, description, category, selector/pattern)', (_id, rule) => {
    expect(validateRule(rule, page('')), rule.id).toEqual([]);
  });

  it.each(BUILTIN_RULES.map((r) => [r.id, r] as const))('%s matches at least one test page', (_id, rule) => {
    const matched = findingsByFixture.filter((f) => f.findings.some((x) => x.ruleId === rule.id)).map((f) => f.name);
    expect(matched.length, `${rule.id} matches no fixture page`).toBeGreaterThan(0);
  });

  it('generic rules apply everywhere; site rules only to their sites', () => {
    for (const rule of GENERIC_RULES) expect(rule.sites).toEqual([]);
    for (const rule of SITE_RULES) {
      expect(rule.sites.length).toBeGreaterThan(0);
      expect(rulesFor('https://unrelated.example/a').map((r) => r.id)).not.toContain(rule.id);
    }
  });

  it('the rules hidden before the plan are generic selector rules of the generic pack', () => {
    expect(EARLY_GENERIC_RULES.length).toBeGreaterThan(0);
    for (const rule of EARLY_GENERIC_RULES) {
      expect(GENERIC_RULES).toContain(rule);
      expect(rule.match.kind).toBe('selector');
    }
  });

  it('generic rules do not select by class names a site chose (hashed or not), except third-party widget embeds', () => {
    for (const rule of GENERIC_RULES) {
      if (rule.match.kind === 'selector') expect(rule.match.selector).not.toMatch(/\.css-|\[class\*=/);
    }
  });
});

describe('validateRule', () => {
  const base: Rule = { id: 'my-rule', description: 'Hides a box on my site.', category: 'promo', sites: ['example.com'], action: 'hide', match: { kind: 'selector', selector: '.box' } };
  it.each([
    ['a bad selector', { ...base, match: { kind: 'selector', selector: 'div[' } }, /invalid selector "div\["/],
    ['an empty selector', { ...base, match: { kind: 'selector', selector: ' ' } }, /selector is empty/],
    ['a bad pattern', { ...base, match: { kind: 'heading', patterns: ['(unclosed'] } }, /invalid pattern/],
    ['no patterns', { ...base, match: { kind: 'heading', patterns: [] } }, /at least one pattern/],
    ['an emptySlots that is no boolean', { ...base, match: { kind: 'heading', patterns: ['advertisement'], emptySlots: 'yes' as never } }, /"emptySlots" must be true or false/],
    ['a siteNamed pattern that does not compile', { ...base, match: { kind: 'heading', patterns: ['related'], siteNamed: ['more ('] } }, /invalid site-named pattern/],
    ['an empty siteNamed list', { ...base, match: { kind: 'heading', patterns: ['related'], siteNamed: [] } }, /"siteNamed", when given, needs at least one pattern/],
    ['a bad id', { ...base, id: 'My Rule' }, /kebab-case/],
    ['an unknown category', { ...base, category: 'ads' as never }, /unknown category "ads"/],
    ['a bad site', { ...base, sites: ['not a host'] }, /neither a hostname nor a match pattern/],
    ['a missing match', { ...base, match: undefined as never }, /match.kind/],
    ['no link patterns', { ...base, match: { kind: 'links', hrefPatterns: [] } }, /at least one link pattern/],
    ['a bad link text pattern', { ...base, match: { kind: 'links', hrefPatterns: ['^https://store\\.example/'], textPatterns: ['(app'] } }, /invalid link text pattern/],
    ['a prompt that is no boolean', { ...base, match: { kind: 'links', hrefPatterns: ['/newsletter'], prompt: 1 as never } }, /"prompt" must be true or false/],
    ['a bar that is no boolean', { ...base, match: { kind: 'links', hrefPatterns: ['^mailto:'], bar: 'yes' as never } }, /"bar" must be true or false/],
    ['a limit besides links that is no whole number', { ...base, match: { kind: 'links', hrefPatterns: ['^mailto:'], besides: 2.5 } }, /"besides" must be a whole number/],
    ['empty link text patterns', { ...base, match: { kind: 'links', hrefPatterns: ['^https://store\\.example/'], textPatterns: [] } }, /"textPatterns", when given, needs at least one/],
    ['no dialog text pattern', { ...base, match: { kind: 'dialog', textPatterns: [] } }, /needs at least one text pattern/],
    ['a bad dialog text pattern', { ...base, match: { kind: 'dialog', textPatterns: ['(cookie'] } }, /invalid text pattern/],
    ['a bad form field selector', { ...base, match: { kind: 'form', asks: 'input[' } }, /invalid field selector "input\["/],
    ['a bad refused-field selector', { ...base, match: { kind: 'form', asks: 'input', refuses: 'textarea[' } }, /invalid refused-field selector/],
    ['no button pattern', { ...base, match: { kind: 'notice', buttons: [], textPatterns: ['cookie'] } }, /needs at least one button pattern/],
    ['a bad button pattern', { ...base, match: { kind: 'notice', buttons: ['(ok'], textPatterns: ['cookie'] } }, /invalid button pattern/],
    ['a bad notice text pattern', { ...base, match: { kind: 'notice', buttons: ['ok'], textPatterns: ['(cookie'] } }, /invalid text pattern/],
    ['a teasers count that is no whole number', { ...base, match: { kind: 'teasers', min: 2.5 } }, /"min" must be a whole number from 2 to 100/],
    ['an unknown kind', { ...base, match: { kind: 'box' } as never }, /"selector", "heading", "links", "dialog", "form", "notice" or "teasers"/],
  ])('names %s', (_what, rule, message) => {
    const errors = validateRule(rule as Rule, page(''));
    expect(errors.join('\n')).toMatch(message);
    expect(errors.join('\n')).toMatch(/Rule "|A rule/);
  });
  it('accepts a valid rule and a match pattern', () => {
    expect(validateRule({ ...base, sites: ['*://*.example.com/news/*'] }, page(''))).toEqual([]);
  });
});

describe('appliesTo', () => {
  it.each([
    [['bbc.co.uk'], 'https://www.bbc.co.uk/news/1', true],
    [['bbc.co.uk'], 'https://bbc.co.uk/', true],
    [['bbc.co.uk'], 'https://notbbc.co.uk/', false],
    [['bbc.co.uk'], 'https://bbc.co.uk.evil.example/', false],
    [['bbc.co.uk'], 'https://www.bbc.co.uk./news/1', true], // a fully qualified name's final dot
    [['*.bbc.co.uk'], 'https://www.bbc.co.uk/news/1', true],
    [['BBC.co.uk'], 'https://www.bbc.co.uk/news/1', true],
    [['*.bbc.co.uk'], 'https://www.notbbc.co.uk/', false],
    [['*://*.example.com/news/*'], 'https://www.example.com/news/a', true],
    [['*://*.example.com/news/*'], 'https://www.example.com/sport/a', false],
    [['https://example.com/*'], 'http://example.com/a', false],
    [[], 'https://anything.example/', true],
    [['example.com'], 'not a url', false],
  ] as const)('%j covers %s: %s', (sites, url, expected) => {
    expect(appliesTo(sites, url)).toBe(expected);
  });
});
