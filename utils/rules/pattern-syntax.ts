/**
 * The small subset of regular-expression syntax that phrase patterns use, read
 * into a tree: characters (a fixed set of them, or any), groups of
 * alternatives, and repeats. What it does not read (look-arounds, assertions,
 * back-references, negated classes) throws `Unsupported`; its readers then
 * assume the least (see first-words.ts, literals.ts).
 */

export type Node =
  | { kind: 'chars'; chars: string[] | null } // null: too many or unknown characters
  | { kind: 'group'; alternatives: Node[][] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

export class Unsupported extends Error {}

const DIGITS = [...'0123456789'];

/** Parses the subset of regular-expression syntax phrase patterns use; anything else throws. */
export function parse(source: string): Node[] {
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

