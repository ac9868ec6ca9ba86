import type { Case } from '../helpers/corpus';

/** The corpus pages the browser benchmarks load: every cluttered page and about a third of the real ones, 40 at most. */
export function benchSample(cases: readonly Case[]): Case[] {
  return cases.filter((c) => c.set === 'cluttered' || c.name.charCodeAt(0) % 3 === 0).slice(0, 40);
}
