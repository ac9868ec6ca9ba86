import { describe, expect, it } from 'vitest';
import { CORPUS, loadCases } from '../helpers/corpus';
import { scoreCase } from '../helpers/score';

// Real news pages: cleanup must never hide article text.
describe('aeb corpus, in place', () => {
  it.each(loadCases(`${CORPUS}/aeb`).map((c) => [c.name, c] as const))('%s keeps every article snippet', (_name, c) => {
    expect(scoreCase(c, false).inplace.missingArticle).toEqual([]);
  });
});
