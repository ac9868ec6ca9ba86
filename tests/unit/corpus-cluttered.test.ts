import { describe, expect, it } from 'vitest';
import { CORPUS, loadCases } from '../helpers/corpus';
import { scoreCase } from '../helpers/score';

describe.each(loadCases(`${CORPUS}/cluttered`).map((c) => [c.name, c] as const))('cluttered/%s', (_name, c) => {
  const result = scoreCase(c);
  it('in place: every article snippet stays visible', () => expect(result.inplace.missingArticle).toEqual([]));
  it('in place: every clutter snippet is hidden', () => expect(result.inplace.presentClutter).toEqual([]));
  it('reader: holds every article snippet', () => expect(result.reader.missingArticle).toEqual([]));
  it('reader: holds no clutter snippet', () => expect(result.reader.presentClutter).toEqual([]));
});
