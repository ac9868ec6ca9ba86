import { requiredLiterals } from './literals';
import { parse, Unsupported, type Node } from './pattern-syntax';

/**
 * What a heading pattern's first word can be, read from its source.
 *
 * A heading pattern matches a whole normalised label (see `normalizeLabel`:
 * words separated by single spaces). Before a page's labels are tested, the
 * engine asks which patterns can match a label starting with a given word;
 * this module answers from the pattern's source, so most labels ("Share this",
 * "Photo: Getty") never meet a regular expression at all.
 *
 * The answer is conservative: a pattern whose start this small reader does not
 * understand (look-arounds, back-references, `\b`, wide classes before the
 * first space) can start with anything, and is always tried.
 */

/** Every first word the pattern allows: `exact` words, and `prefixes` a first word may start with. */
export interface FirstWords {
  exact: string[];
  prefixes: string[];
}

/** Any first word at all: the pattern is always tried. */
export const ANY_WORD: FirstWords = { exact: [], prefixes: [''] };

/** Branches followed before giving up on a pattern (its start is then "anything"). */
const MAX_STATES = 256;

/** The first words `pattern` (a regular-expression source, matched without flags) allows. */
export function firstWords(pattern: string): FirstWords {
  let sequence: Node[];
  try {
    sequence = parse(pattern);
  } catch {
    return ANY_WORD;
  }
  // A state is the first word read so far; `done` once a space ends it, `open` once an
  // unbounded or unknown part follows (the word then only starts with what was read).
  interface State {
    text: string;
    done: boolean;
    open: boolean;
  }
  const run = (nodes: Node[], states: State[]): State[] => {
    for (const node of nodes) {
      states = step(node, states);
      if (states.length > MAX_STATES) throw new Unsupported();
      if (states.every((s) => s.done || s.open)) break;
    }
    return states;
  };
  const step = (node: Node, states: State[]): State[] => {
    const live = states.filter((s) => !s.done && !s.open);
    const out = states.filter((s) => s.done || s.open);
    if (live.length === 0) return out;
    switch (node.kind) {
      case 'chars':
        if (node.chars === null) return [...out, ...live.map((s) => ({ ...s, open: true }))];
        for (const s of live) for (const c of node.chars) out.push(c === ' ' ? { ...s, done: true } : { ...s, text: s.text + c });
        return out;
      case 'group':
        return [...out, ...node.alternatives.flatMap((alternative) => run(alternative, live))];
      case 'repeat': {
        if (node.max === Infinity || node.max > 4) {
          // Whatever comes after `min` copies: only the start so far is known.
          let current = live;
          for (let i = 0; i < node.min; i++) current = step(node.node, current);
          return [...out, ...current.map((s) => (s.done ? s : { ...s, open: true }))];
        }
        let current = live;
        for (let i = 0; i < node.min; i++) current = step(node.node, current);
        const all = [...current];
        for (let i = node.min; i < node.max; i++) {
          current = step(node.node, current);
          all.push(...current);
        }
        return [...out, ...all];
      }
    }
  };
  let states: State[];
  try {
    states = run(sequence, [{ text: '', done: false, open: false }]);
  } catch {
    return ANY_WORD;
  }
  const exact = new Set<string>();
  const prefixes = new Set<string>();
  for (const s of states) (s.open ? prefixes : exact).add(s.text);
  return { exact: [...exact], prefixes: [...prefixes] };
}

/**
 * A heading rule's patterns by the first words they allow: what the engine
 * looks a label's first word up in. Built ahead of time for the built-in rules
 * (`npm run rules:first-words`), so a page load reads it and builds nothing.
 */
export interface FirstWordIndex {
  /** How many patterns the index was made from (a check that it fits them). */
  count: number;
  /** Each exact first word, with the patterns (by position) that may start with it. */
  words: Readonly<Record<string, readonly number[]>>;
  /** Each prefix a first word may start with, with its pattern. */
  prefixes: readonly (readonly [string, number])[];
  /** The patterns that may start with any word, tried on every label. */
  always: readonly number[];
  /**
   * Patterns that may start with any word but hold one of these strings in every label they
   * match (see `requiredLiterals`): tried only on a label that holds one.
   */
  anywhere: readonly (readonly [readonly string[], number])[];
}

/** A pattern's required strings are worth checking before it runs when none is shorter than this. */
const MIN_LITERAL = 3;

/** The first-word index of a list of patterns. */
export function firstWordIndex(patterns: readonly string[]): FirstWordIndex {
  const words: Record<string, number[]> = {};
  const prefixes: [string, number][] = [];
  const always: number[] = [];
  const anywhere: [string[], number][] = [];
  patterns.forEach((pattern, i) => {
    const { exact, prefixes: starts } = firstWords(pattern);
    for (const word of exact) {
      // As a key of an object literal (the generated table), `__proto__` would set its prototype.
      if (word === '__proto__') {
        always.push(i);
        continue;
      }
      (Object.hasOwn(words, word) ? words[word] : (words[word] = [])).push(i);
    }
    for (const prefix of starts) {
      if (prefix !== '') {
        prefixes.push([prefix, i]);
        continue;
      }
      const literals = requiredLiterals(pattern);
      if (literals && literals.every((l) => l.length >= MIN_LITERAL) && !always.includes(i)) anywhere.push([literals, i]);
      else always.push(i);
    }
  });
  const tried = new Set(always);
  return { count: patterns.length, words, prefixes, always: [...tried], anywhere: anywhere.filter(([, i]) => !tried.has(i)) };
}

/** For every heading rule, its patterns' first-word index (what `npm run rules:first-words` writes). */
export function firstWordsTable(rules: readonly { id: string; match: { kind: string; patterns?: readonly string[] } }[]): Record<string, FirstWordIndex> {
  const table: Record<string, FirstWordIndex> = {};
  for (const rule of rules) if (rule.match.kind === 'heading' && rule.match.patterns) table[rule.id] = firstWordIndex(rule.match.patterns);
  return table;
}
