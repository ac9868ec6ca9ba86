import { describe, expect, it } from 'vitest';
import { checkDraft, draftOf, type RuleDraft } from '../../utils/user-rules/draft';
import { page } from '../helpers/dom';

const doc = page('<p>x</p>');
const base: RuleDraft = { site: 'Example.com', kind: 'selector', value: 'aside.newsletter', category: 'newsletter', description: '' };

describe('the rule editor\'s check', () => {
  it('turns a valid form into a rule for the site', () => {
    const { rule, errors } = checkDraft(base, doc, () => 'user-1');
    expect(errors).toEqual({});
    expect(rule).toEqual({
      id: 'user-1',
      description: 'Hides aside.newsletter',
      category: 'newsletter',
      sites: ['example.com'],
      match: { kind: 'selector', selector: 'aside.newsletter' },
      action: 'hide',
    });
    expect(draftOf('example.com', rule!)).toMatchObject({ id: 'user-1', site: 'example.com', kind: 'selector', value: 'aside.newsletter' });
  });

  it.each([
    [{ value: 'div >' }, 'value', /invalid selector "div >"/],
    [{ value: '   ' }, 'value', /Enter a CSS selector/],
    [{ kind: 'heading', value: '(more' }, 'value', /invalid pattern/],
    [{ site: 'not a site' }, 'site', /Enter a site/],
    [{ site: '' }, 'site', /Enter a site/],
  ] as const)('%j: an inline error on %s, and no rule', (patch, field, message) => {
    const { rule, errors } = checkDraft({ ...base, ...patch } as RuleDraft, doc);
    expect(rule).toBeNull();
    expect(errors[field]).toMatch(message);
  });

  it('* means every site', () => {
    expect(checkDraft({ ...base, site: '*' }, doc).rule?.sites).toEqual([]);
  });
});

describe('editing a rule the form cannot show as it is', () => {
  it('opens a form rule as a selector draft of the field it asks for', () => {
    const rule = { id: 'user-f1', description: 'Hides the sign-up box of my blog.', category: 'newsletter' as const, sites: ['example.com'], match: { kind: 'form' as const, asks: 'input[type=email]', refuses: 'textarea' }, action: 'hide' as const };
    expect(draftOf('example.com', rule)).toMatchObject({ kind: 'selector', value: 'input[type=email]', category: 'newsletter' });
  });
});

describe('editing a picked rule', () => {
  it('keeps a heading anchor\'s distance to its block', () => {
    const picked = {
      id: 'user-p1',
      description: 'Picked block under the heading "Partner offers"',
      category: 'custom' as const,
      sites: ['example.com'],
      match: { kind: 'heading' as const, patterns: ['partner offers'], up: 2 },
      action: 'hide' as const,
    };
    const draft = draftOf('example.com', picked);
    expect(checkDraft({ ...draft, category: 'promo' }, doc).rule).toEqual({ ...picked, category: 'promo' });
  });
  it('keeps an imported heading rule\'s empty slots', () => {
    const imported = { id: 'user-s1', description: 'Hides the site\'s ad tags.', category: 'sponsored' as const, sites: ['example.com'], match: { kind: 'heading' as const, patterns: ['anzeige'], emptySlots: true }, action: 'hide' as const };
    expect(checkDraft(draftOf('example.com', imported), doc).rule).toEqual(imported);
  });
  it('keeps an imported heading rule\'s site-named patterns', () => {
    const imported = { id: 'user-s2', description: 'Hides the site\'s own rail.', category: 'related' as const, sites: ['example.com'], match: { kind: 'heading' as const, patterns: ['more stories'], siteNamed: ['more'] }, action: 'hide' as const };
    expect(checkDraft(draftOf('example.com', imported), doc).rule).toEqual(imported);
  });
});
