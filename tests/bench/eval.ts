/**
 * npm run eval [-- DIR ...] [--json FILE] [--browser]
 *
 * Accuracy over corpus folders: Sift in place, Sift reader and plain
 * Readability on every case, in one run. Prints a table; exits 0 unless the
 * run itself fails.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { disposeDocument, parseHtml } from '../../cli/dom';
import { extractArticle } from '../../utils/engine/reader';
import { blockText } from '../../utils/engine/text';
import { CORPUS, loadCases, readPage, snippetsIn, type Case } from '../helpers/corpus';
import { inplaceText } from '../helpers/score';
import { scorePage, summarize, type PageScore } from './aeb-metric';

type Mode = 'inplace' | 'reader' | 'readability';
const MODES: Mode[] = ['inplace', 'reader', 'readability'];

interface Figures {
  articleKept: number | null;
  clutterRemoved: number | null;
}

interface CaseRow {
  set: string;
  name: string;
  figures: Record<Mode, Figures>;
  f1?: Record<'reader' | 'readability', PageScore>;
  errors: string[];
}

function figures(text: string | null, c: Case): Figures {
  if (text === null) return { articleKept: c.expect.article.length ? 0 : null, clutterRemoved: c.expect.clutter.length ? 1 : null };
  const a = snippetsIn(text, c.expect.article);
  const k = snippetsIn(text, c.expect.clutter);
  return {
    articleKept: c.expect.article.length ? a.present.length / c.expect.article.length : null,
    clutterRemoved: c.expect.clutter.length ? k.missing.length / c.expect.clutter.length : null,
  };
}

export function evaluateCase(c: Case, browserText?: string): CaseRow {
  const errors: string[] = [];
  const doc = parseHtml(readPage(c), c.url);
  const inplace = browserText ?? inplaceText(doc, c.url);
  let baseline: { full: string; body: string } | null = null;
  try {
    const parsed = new Readability(doc.cloneNode(true) as Document).parse();
    if (parsed?.content) {
      const div = doc.createElement('div');
      div.innerHTML = parsed.content;
      const body = blockText(div);
      baseline = { full: `${parsed.title ?? ''}\n\n${body}`, body };
    }
  } catch (error) {
    errors.push(`readability: ${String(error)}`);
  }
  // Last: the reader uses the document up.
  let reader: { full: string; body: string } | null = null;
  try {
    const article = extractArticle(doc, c.url, {}, { consume: true }); // as the reader view and the command line run it
    reader = { full: article.displayText, body: article.text };
  } catch (error) {
    errors.push(`reader: ${String(error)}`);
  }
  disposeDocument(doc);
  const row: CaseRow = {
    set: c.set,
    name: c.name,
    figures: { inplace: figures(inplace, c), reader: figures(reader?.full ?? null, c), readability: figures(baseline?.full ?? null, c) },
    errors,
  };
  if (typeof c.expect.body === 'string') {
    row.f1 = { reader: scorePage(c.expect.body, reader?.body ?? ''), readability: scorePage(c.expect.body, baseline?.body ?? '') };
  }
  return row;
}

function mean(values: (number | null)[]): number | null {
  const v = values.filter((x): x is number => x !== null);
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
}

const fmt = (x: number | null) => (x === null ? '  -  ' : x.toFixed(3));

function defaultDirs(): string[] {
  return readdirSync(CORPUS)
    .map((d) => join(CORPUS, d))
    .filter((d) => statSync(d).isDirectory())
    .sort();
}

export async function main(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'string' }, browser: { type: 'boolean', default: false }, quiet: { type: 'boolean', default: false } },
  });
  const dirs = positionals.length ? positionals.map((d) => resolve(d)) : defaultDirs();
  let browser: { visibleText(c: Case): Promise<string>; close(): Promise<void> } | undefined;
  if (values.browser) {
    const { openChromiumHarness } = await import('../browser/harness');
    browser = await openChromiumHarness();
  }
  const rows: CaseRow[] = [];
  try {
    for (const dir of dirs) {
      for (const c of loadCases(dir)) {
        const text = browser ? await browser.visibleText(c) : undefined;
        const row = evaluateCase(c, text);
        rows.push(row);
        if (!values.quiet) {
          const f = row.figures;
          process.stdout.write(
            `${`${row.set}/${row.name}`.padEnd(44)} ${MODES.map((m) => `${fmt(f[m].articleKept)} ${fmt(f[m].clutterRemoved)}`).join(' | ')}` +
              (row.f1 ? ` | F1 ${fmt(f1Of(row.f1.reader))} ${fmt(f1Of(row.f1.readability))}` : '') +
              (row.errors.length ? `  (${row.errors.join('; ').slice(0, 80)})` : '') +
              '\n',
          );
        }
      }
    }
  } finally {
    await browser?.close();
  }
  const sets = [...new Set(rows.map((r) => r.set))];
  const perSet = sets.map((set) => {
    const rs = rows.filter((r) => r.set === set);
    const means = Object.fromEntries(
      MODES.map((m) => [m, { articleKept: mean(rs.map((r) => r.figures[m].articleKept)), clutterRemoved: mean(rs.map((r) => r.figures[m].clutterRemoved)) }]),
    ) as Record<Mode, Figures>;
    const scored = rs.filter((r) => r.f1);
    const aeb = scored.length
      ? { reader: summarize(scored.map((r) => r.f1!.reader)), readability: summarize(scored.map((r) => r.f1!.readability)) }
      : undefined;
    const perfect = Object.fromEntries(MODES.map((m) => [m, rs.filter((r) => (r.figures[m].articleKept ?? 1) === 1 && (r.figures[m].clutterRemoved ?? 1) === 1).length])) as Record<Mode, number>;
    return { set, cases: rs.length, means, perfect, aeb };
  });
  console.log(`\nMeans per folder (articleKept / clutterRemoved; "-" where a folder labels none)${browser ? ' — in place measured in Chromium' : ''}`);
  console.log(`${'folder'.padEnd(14)} ${'cases'.padStart(5)}  ${MODES.map((m) => m.padEnd(21)).join('')}`);
  for (const s of perSet) {
    console.log(
      `${s.set.padEnd(14)} ${String(s.cases).padStart(5)}  ${MODES.map((m) => `${fmt(s.means[m].articleKept)} / ${fmt(s.means[m].clutterRemoved)}`.padEnd(17) + `${String(s.perfect[m]).padStart(3)}✓ `).join('')}`,
    );
  }
  console.log('(n✓: cases with every article snippet kept and every clutter snippet removed)');
  for (const s of perSet.filter((x) => x.aeb)) {
    console.log(`\nArticle-extraction-benchmark metric on ${s.set} (${s.aeb!.reader.pages} pages)`);
    console.log(`${''.padEnd(12)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(6)} ${'accuracy'.padStart(8)}`);
    for (const [name, v] of Object.entries(s.aeb!)) {
      console.log(`${name.padEnd(12)} ${v.precision.toFixed(3).padStart(9)} ${v.recall.toFixed(3).padStart(7)} ${v.f1.toFixed(3).padStart(6)} ${v.accuracy.toFixed(3).padStart(8)}`);
    }
  }
  if (values.json) writeFileSync(values.json, JSON.stringify({ perSet, rows }, null, 1));
}

function f1Of(s: PageScore): number {
  const p = s.precision ?? 0;
  return p + s.recall > 0 ? (2 * p * s.recall) / (p + s.recall) : 0;
}

main(process.argv.slice(2)).catch((error) => {
  console.error(`eval: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
