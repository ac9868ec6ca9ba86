import { parse, type Node } from './pattern-syntax';

/**
 * Strings one of which is in every text a pattern matches: a check, far
 * cheaper than the expression, that lets most texts skip it. Read from the
 * pattern's source: a run of fixed characters the pattern cannot do without,
 * or a group whose every alternative has one (`(download|get|install)`).
 * Of those, the set whose shortest string is longest. Matched as the pattern
 * is, case-sensitively; null when the pattern has none, or uses syntax the
 * reader does not know. A `^` at the start or `$` at the end (anchors, which
 * match no character) is read past.
 */
export function requiredLiterals(pattern: string): string[] | null {
  let source = pattern.startsWith('^') ? pattern.slice(1) : pattern;
  if (/(^|[^\\])(\\\\)*\$$/.test(source)) source = source.slice(0, -1);
  try {
    return ofSequence(parse(source));
  } catch {
    return null;
  }
}

function ofSequence(nodes: readonly Node[]): string[] | null {
  let best: string[] | null = null;
  let run = '';
  const consider = (set: string[] | null) => {
    if (set && (best === null || better(set, best))) best = set;
  };
  const endRun = () => {
    if (run) consider([run]);
    run = '';
  };
  for (const node of nodes) {
    if (node.kind === 'chars' && node.chars?.length === 1) {
      run += node.chars[0];
      continue;
    }
    endRun();
    if (node.kind === 'group') consider(ofGroup(node.alternatives));
    else if (node.kind === 'repeat' && node.min >= 1) consider(ofSequence([node.node]));
  }
  endRun();
  return best;
}

/** One string from every alternative (each must have one), or null. */
function ofGroup(alternatives: readonly (readonly Node[])[]): string[] | null {
  const all = new Set<string>();
  for (const alternative of alternatives) {
    const set = ofSequence(alternative);
    if (!set) return null;
    for (const s of set) all.add(s);
  }
  return [...all];
}

const shortest = (set: readonly string[]) => Math.min(...set.map((s) => s.length));

/** The longer shortest string tells more; then fewer strings. */
function better(a: readonly string[], b: readonly string[]): boolean {
  const la = shortest(a);
  const lb = shortest(b);
  return la !== lb ? la > lb : a.length < b.length;
}
