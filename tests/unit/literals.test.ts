import { describe, expect, it } from 'vitest';
import { compileHeadingPatterns, compileLinkPatterns } from '../../utils/rules/compile';
import { requiredLiterals } from '../../utils/rules/literals';
import { BUILTIN_RULES } from '../../utils/rules/registry';
import { normalizeLabel } from '../../utils/engine/text';
import { TABLE } from '../helpers/phrase-examples';

describe('requiredLiterals', () => {
  it.each([
    ['.{0,40}(delivered|straight) to your inbox.{0,40}', [' to your inbox']],
    ['\\d* ?(comments?|responses|replies)( \\d+)?', ['comment', 'responses', 'replies']],
    ['(download|get|install) (the|our) app', [' app']],
    ['(download|fetch) (the|our) .{0,9}', ['download', 'fetch']], // the longest shortest string wins
    ['^https?://(apps|itunes)\\.apple\\.com/', ['.apple.com/']], // `^` read past
    ['^https?://[a-z0-9-]+\\.app\\.link/$', ['.app.link/']], // `$` too
    ['ab+c', ['a']], // `b+` is a repeat: the runs around it stand alone, and of equal ones the first is kept
    ['(xyz)+', ['xyz']],
    ['a\\$', ['a$']], // an escaped dollar is a character
  ])('%s', (pattern, strings) => expect(requiredLiterals(pattern)).toEqual(strings));

  it.each([
    ['.{0,40}'], // nothing fixed
    ['(a|.{0,4})b?'], // one alternative has nothing fixed; the rest is optional
    ['(?=x)x'], // syntax the reader does not know
    ['\\bword'],
    ['(a|b'], // not a valid pattern
  ])('%s has none', (pattern) => expect(requiredLiterals(pattern)).toBeNull());

  const headingRules = BUILTIN_RULES.flatMap((r) => (r.match.kind === 'heading' ? [r.match.patterns] : []));
  const linkRules = BUILTIN_RULES.flatMap((r) => (r.match.kind === 'links' ? [r.match.hrefPatterns] : []));

  it('every label a built-in heading pattern matches holds one of its strings', () => {
    const labels = Object.values(TABLE).flatMap(({ yes, no }) => [...yes, ...no].map(normalizeLabel));
    let checked = 0;
    for (const pattern of headingRules.flat()) {
      const strings = requiredLiterals(pattern);
      if (!strings) continue;
      const rx = compileHeadingPatterns([pattern], { caseInsensitive: false });
      for (const label of labels) {
        if (!rx.test(label)) continue;
        checked++;
        expect(strings.some((s) => label.includes(s)), `${pattern}: "${label}"`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('every built-in store link pattern has strings, which its example links hold', () => {
    const links = [
      'https://apps.apple.com/us/app/id1',
      'https://itunes.apple.com/app/id2',
      'https://play.google.com/store/apps/details?id=x',
      'https://appgallery.huawei.com/app/C1',
      'https://galaxystore.samsung.com/detail/x',
      'https://news.onelink.me/abc',
      'https://news.app.link/abc',
    ];
    for (const pattern of linkRules.flat()) {
      const strings = requiredLiterals(pattern);
      expect(strings, pattern).not.toBeNull();
      const rx = compileLinkPatterns([pattern]);
      const matched = links.filter((l) => rx.test(l));
      expect(matched.length, pattern).toBeGreaterThan(0);
      for (const l of matched) expect(strings!.some((s) => l.toLowerCase().includes(s.toLowerCase())), `${pattern}: ${l}`).toBe(true);
    }
  });
});
