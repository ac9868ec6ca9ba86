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

type Node =
  | { kind: 'chars'; chars: string[] | null } // null: too many or unknown characters
  | { kind: 'group'; alternatives: Node[][] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

class Unsupported extends Error {}

/** Branches followed before giving up on a pattern (its start is then "anything"). */
const MAX_STATES = 256;
const DIGITS = [...'0123456789'];

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

/** Parses the subset of regular-expression syntax phrase patterns use; anything else throws. */
function parse(source: string): Node[] {
  let i = 0;
  const alternatives = (): Node[][] => {
    const list: Node[][] = [[]];
    while (i < source.length) {
      const c = source[i];
      if (c === ')') break;
      if (c === '|') {
        i++;
        list.push([]);
        continue;
      }
      const atom = readAtom();
      list[list.length - 1].push(readQuantifier(atom));
    }
    return list;
  };
  const readAtom = (): Node => {
    const c = source[i++];
    if (c === '(') {
      if (source[i] === '?') {
        if (source[i + 1] !== ':') throw new Unsupported(); // look-arounds, named groups
        i += 2;
      }
      const group: Node = { kind: 'group', alternatives: alternatives() };
      if (source[i++] !== ')') throw new Unsupported();
      return group;
    }
    if (c === '[') return { kind: 'chars', chars: readClass() };
    if (c === '.') return { kind: 'chars', chars: null };
    if (c === '\\') return { kind: 'chars', chars: readEscape() };
    if ('^$*+?{}])'.includes(c)) throw new Unsupported();
    return { kind: 'chars', chars: [c] };
  };
  const readEscape = (): string[] | null => {
    const c = source[i++];
    if (c === undefined) throw new Unsupported();
    if (c === 'd') return DIGITS;
    if ('DwWsS'.includes(c)) return null;
    if (/[A-Za-z0-9]/.test(c)) throw new Unsupported(); // \b, \u…, back-references
    return [c];
  };
  const readClass = (): string[] | null => {
    if (source[i] === '^') throw new Unsupported();
    const chars: string[] = [];
    let wide = false;
    while (i < source.length && source[i] !== ']') {
      let c = source[i++];
      if (c === '\\') {
        const escaped = readEscape();
        if (escaped === null) wide = true;
        else chars.push(...escaped);
        continue;
      }
      if (source[i] === '-' && source[i + 1] !== undefined && source[i + 1] !== ']') {
        const to = source[i + 1];
        i += 2;
        if (to === '\\') throw new Unsupported();
        const from = c.codePointAt(0)!;
        const end = to.codePointAt(0)!;
        if (end < from) throw new Unsupported();
        if (end - from > 16) wide = true;
        else for (let code = from; code <= end; code++) chars.push(String.fromCodePoint(code));
        continue;
      }
      if (c >= '\ud800' && c <= '\udbff') c += source[i++]; // a character outside the BMP
      chars.push(c);
    }
    if (source[i++] !== ']') throw new Unsupported();
    return wide || chars.length > 16 ? null : chars;
  };
  const readQuantifier = (node: Node): Node => {
    const c = source[i];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (!m) throw new Unsupported();
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      i += m[0].length - 1;
    } else return node;
    i++;
    if (source[i] === '?') i++; // lazy: the same strings
    return { kind: 'repeat', node, min, max };
  };
  const sequence = alternatives();
  if (i !== source.length) throw new Unsupported();
  return sequence.length === 1 ? sequence[0] : [{ kind: 'group', alternatives: sequence }];
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
  /** The patterns that may start with any word. */
  always: readonly number[];
}

/** The first-word index of a list of patterns. */
export function firstWordIndex(patterns: readonly string[]): FirstWordIndex {
  const words: Record<string, number[]> = {};
  const prefixes: [string, number][] = [];
  const always: number[] = [];
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
      if (prefix === '') always.push(i);
      else prefixes.push([prefix, i]);
    }
  });
  return { count: patterns.length, words, prefixes, always: [...new Set(always)] };
}

/** For every heading rule, its patterns' first-word index (what `npm run rules:first-words` writes). */
export function firstWordsTable(rules: readonly { id: string; match: { kind: string; patterns?: readonly string[] } }[]): Record<string, FirstWordIndex> {
  const table: Record<string, FirstWordIndex> = {};
  for (const rule of rules) if (rule.match.kind === 'heading' && rule.match.patterns) table[rule.id] = firstWordIndex(rule.match.patterns);
  return table;
}
