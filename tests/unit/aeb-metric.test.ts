import { describe, expect, it } from 'vitest';
import { scorePage, shingleMatch, shingles, summarize, tokenize } from '../bench/aeb-metric';

describe('the article-extraction-benchmark metric', () => {
  it('tokenizes Unicode word runs, dropping punctuation, keeping case', () => {
    expect(tokenize("Café au lait, s'il vous plaît — 3½ snake_case Ünïcode!")).toEqual(['Café', 'au', 'lait', 's', 'il', 'vous', 'plaît', '3½', 'snake_case', 'Ünïcode']);
  });
  it('makes 4-gram shingles as a multiset; a short text is one shorter shingle', () => {
    expect([...shingles('a b c d e').entries()]).toEqual([['a b c d', 1], ['b c d e', 1]]);
    expect([...shingles('a b c d a b c d').entries()]).toEqual([['a b c d', 2], ['b c d a', 1], ['c d a b', 1], ['d a b c', 1]]);
    expect([...shingles('one two').entries()]).toEqual([['one two', 1]]);
    expect(shingles('').size).toBe(0);
  });
  it('normalises tp/fp/fn to sum to 1', () => {
    // truth: 3 shingles; prediction: 2 of them plus 1 extra.
    const m = shingleMatch('a b c d e f', 'a b c d e x');
    expect(m.tp + m.fp + m.fn).toBeCloseTo(1);
    expect(m).toEqual({ tp: 2 / 4, fp: 1 / 4, fn: 1 / 4 });
  });
  it('scores exact, partial, empty and extra predictions', () => {
    expect(scorePage('The cat sat on the mat.', 'the cat sat on the mat')).toMatchObject({ precision: 2 / 3, recall: 2 / 3, exact: false });
    expect(scorePage('The cat sat on the mat.', 'The cat, sat on the mat!')).toMatchObject({ precision: 1, recall: 1, exact: true });
    expect(scorePage('The cat sat on the mat.', '')).toMatchObject({ precision: null, recall: 0, exact: false });
    const extra = scorePage('a b c d', 'a b c d e f g');
    expect(extra.recall).toBe(1);
    expect(extra.precision).toBeCloseTo(1 / 4);
  });
  it('averages precision over non-empty predictions and recall over all pages', () => {
    const s = summarize([scorePage('a b c d', 'a b c d'), scorePage('a b c d', '')]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBeCloseTo(2 / 3);
    expect(s.accuracy).toBe(0.5);
  });
});
