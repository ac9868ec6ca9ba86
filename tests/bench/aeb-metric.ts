/**
 * The Scrapinghub article-extraction-benchmark metric, ported from its
 * `evaluate.py`: tokens are Unicode `\w+` runs (Python's `\w` is letters,
 * digits and underscore), shingles are 4-grams counted as a multiset (a text
 * under 4 tokens is one shorter shingle), tp/fp/fn come from the multiset
 * overlap and are normalised to sum to 1.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const shingle = tokens.slice(i, i + n).join(' ');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

export interface Match {
  tp: number;
  fp: number;
  fn: number;
}

export function shingleMatch(truth: string, prediction: string, n = 4): Match {
  const t = shingles(truth, n);
  const p = shingles(prediction, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export interface PageScore extends Match {
  precision: number | null;
  recall: number;
  exact: boolean;
}

export function scorePage(truth: string, prediction: string): PageScore {
  const m = shingleMatch(truth, prediction);
  const precision = m.tp + m.fp > 0 ? m.tp / (m.tp + m.fp) : null;
  const recall = m.tp + m.fn > 0 ? m.tp / (m.tp + m.fn) : 0;
  const a = tokenize(truth);
  const b = tokenize(prediction);
  return { ...m, precision, recall, exact: a.length === b.length && a.every((t, i) => t === b[i]) };
}

export interface Summary {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  pages: number;
}

/** Precision averaged over pages with a non-empty prediction, recall over all pages, F1 of the two averages. */
export function summarize(scores: readonly PageScore[]): Summary {
  const withPrediction = scores.filter((s) => s.precision !== null);
  const precision = withPrediction.length ? withPrediction.reduce((a, s) => a + (s.precision ?? 0), 0) / withPrediction.length : 0;
  const recall = scores.length ? scores.reduce((a, s) => a + s.recall, 0) / scores.length : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = scores.length ? scores.filter((s) => s.exact).length / scores.length : 0;
  return { precision, recall, f1, accuracy, pages: scores.length };
}
