import { describe, expect, it } from 'vitest';
import type { Rule } from '../../utils/rules/types';
import { exportState, parseImport, planImport, type SettingsState } from '../../utils/user-rules/transfer';
import { page } from '../helpers/dom';

const doc = page('<p>x</p>');
const rule = (id: string, site: string, selector = '.promo'): Rule => ({
  id,
  description: `Hides the promo box ${id}.`,
  category: 'custom',
  sites: [site],
  match: { kind: 'selector', selector },
  action: 'hide',
});

const state: SettingsState = {
  global: { disabledCategories: ['social'] },
  sites: { 'example.com': { enabled: false }, 'news.org': { disabledRules: ['related-heading'], alwaysReader: true } },
  rules: {
    'example.com': [rule('user-a', 'example.com'), { ...rule('user-b', 'example.com'), match: { kind: 'heading', patterns: ['more from (us|our partners)'], up: 2 } }],
    'other.net': [rule('user-c', 'other.net', 'aside[data-slot="rail"]')],
  },
};

describe('export and import', () => {
  it('round-trips every setting and rule', () => {
    const file = JSON.stringify(exportState(state));
    const parsed = parseImport(file, doc);
    expect(parsed.problems).toEqual([]);
    const { next, summary } = planImport({ global: {}, sites: {}, rules: {} }, parsed.items, 'replace');
    expect(next).toEqual(state);
    expect(summary.rulesAdded).toBe(3);
  });

  it('reports malformed files plainly and imports nothing', () => {
    for (const [text, message] of [
      ['{ "format": "sift-settings", ', /Not valid JSON/],
      ['{"hello": 1}', /Not a Sift settings file/],
      ['{"format": "sift-settings"}', /version/],
      ['', /empty/],
    ] as const) {
      const parsed = parseImport(text, doc);
      expect(parsed.items).toEqual([]);
      expect(parsed.problems[0].message).toMatch(message);
    }
  });

  it('a partly invalid file: each bad item is named, the valid ones still import', () => {
    const file = JSON.stringify({
      format: 'sift-settings',
      version: 1,
      global: { enabled: 'yes' },
      sites: {
        'example.com': {
          settings: { disabledCategories: ['promo', 'nonsense'] },
          rules: [
            rule('user-ok', 'example.com'),
            rule('user-bad-selector', 'example.com', 'div >'),
            { ...rule('user-bad-pattern', 'example.com'), match: { kind: 'heading', patterns: ['(unclosed'] } },
            rule('Not Kebab', 'example.com'),
            rule('user-ok', 'example.com', '.again'),
            'not an object',
          ],
        },
        'not a host!': { rules: [] },
      },
    });
    const parsed = parseImport(file, doc);
    expect(parsed.items).toEqual([{ kind: 'rule', site: 'example.com', rule: rule('user-ok', 'example.com') }]);
    const where = parsed.problems.map((p) => p.where);
    expect(where).toEqual([
      'global.enabled',
      'sites["example.com"].settings.disabledCategories',
      'sites["example.com"].rules[1]',
      'sites["example.com"].rules[2]',
      'sites["example.com"].rules[3]',
      'sites["example.com"].rules[4]',
      'sites["example.com"].rules[5]',
      'sites["not a host!"]',
    ]);
    expect(parsed.problems[2].message).toMatch(/invalid selector "div >"/);
    expect(parsed.problems[3].message).toMatch(/invalid pattern/);
    expect(parsed.problems[5].message).toMatch(/used twice/);
  });

  it('merge keeps what is there; replace makes the settings exactly the import', () => {
    const incoming = parseImport(
      JSON.stringify({ format: 'sift-settings', version: 1, sites: { 'example.com': { rules: [rule('user-a', 'example.com', '.changed'), rule('user-z', 'example.com')] } } }),
      doc,
    ).items;
    const merged = planImport(state, incoming, 'merge');
    expect(merged.next.rules['example.com'].map((r) => r.id)).toEqual(['user-a', 'user-b', 'user-z']);
    expect(merged.next.rules['other.net']).toEqual(state.rules['other.net']);
    expect(merged.next.sites).toEqual(state.sites);
    expect(merged.summary).toMatchObject({ rulesAdded: 1, rulesReplaced: 1, rulesUnchanged: 2, rulesRemoved: 0, sitesChanged: 0, globalChanged: false });
    const replaced = planImport(state, incoming, 'replace');
    expect(Object.keys(replaced.next.rules)).toEqual(['example.com']);
    expect(replaced.summary).toMatchObject({ rulesAdded: 1, rulesReplaced: 1, rulesRemoved: 2, sitesChanged: 2, globalChanged: true });
  });

  it('a newer file version is read for the fields this version knows, with a note', () => {
    const parsed = parseImport(JSON.stringify({ format: 'sift-settings', version: 9, global: { enabled: false, future: 1 } }), doc);
    expect(parsed.items).toEqual([{ kind: 'global', settings: { enabled: false } }]);
    expect(parsed.problems[0].message).toMatch(/newer Sift/);
  });
});

describe('uBlock-style cosmetic filters', () => {
  it('imports the subset Sift can express and reports every other line', () => {
    const text = [
      '! Title: my filters',
      'example.com##.ad-box',
      'www.bbc.co.uk##div[data-component="promo"]',
      'a.com,b.org##aside.newsletter',
      '##.cookie-wall',
      'example.com#@#.allowed',
      '||ads.example.com^',
      'example.com##.x:has-text(Sponsored)',
      'example.com##div >',
      '~foo.com##.x',
      'example.com##+js(nobab)',
      'example.com#?#.y:-abp-has(.z)',
      'example.*##.x',
      '',
    ].join('\n');
    const parsed = parseImport(text, doc);
    expect(parsed.source).toBe('ublock');
    expect(parsed.items.map((i) => i.kind === 'rule' && [i.site, i.rule.sites, (i.rule.match as { selector: string }).selector])).toEqual([
      ['example.com', ['example.com'], '.ad-box'],
      ['bbc.co.uk', ['www.bbc.co.uk'], 'div[data-component="promo"]'],
      ['a.com', ['a.com'], 'aside.newsletter'],
      ['b.org', ['b.org'], 'aside.newsletter'],
      ['*', [], '.cookie-wall'],
    ]);
    expect(parsed.problems.map((p) => p.where)).toEqual(['line 6', 'line 7', 'line 8', 'line 9', 'line 10', 'line 11', 'line 12', 'line 13']);
    expect(parsed.problems.map((p) => p.message).join('\n')).toMatch(/Exception[\s\S]*Network[\s\S]*Procedural[\s\S]*Invalid selector[\s\S]*Domain exceptions[\s\S]*Scriptlet[\s\S]*Extended[\s\S]*entity/);
    // Importing the same lines again changes nothing (stable ids).
    const once = planImport({ global: {}, sites: {}, rules: {} }, parsed.items, 'merge').next;
    const twice = planImport(once, parseImport(text, doc).items, 'merge');
    expect(twice.summary).toMatchObject({ rulesAdded: 0, rulesUnchanged: 5 });
  });
});
