import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plan } from '../../utils/engine/plan';
import { extractArticle } from '../../utils/engine/reader';
import { CORPUS, loadCases, readPage } from '../helpers/corpus';
import { parseHtml } from '../helpers/dom';

const ROOT = resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the engine is pure', () => {
  const files = [...sources(join(ROOT, 'utils/engine')), ...sources(join(ROOT, 'utils/rules'))];
  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))('%s uses no browser or WXT APIs', (_name, file) => {
    const code = readFileSync(file, 'utf8');
    expect(code).not.toMatch(/\bbrowser\.|\bchrome\.|from ['"]wxt|#imports|webextension-polyfill|\blocalStorage\b|\bwindow\./);
    expect(code).not.toMatch(/^(let|var) /m); // no module-level mutable state
  });

  it.each(loadCases(`${CORPUS}/cluttered`).map((c) => [c.name, c] as const))('plan and reader leave %s untouched', (_name, c) => {
    const doc = parseHtml(readPage(c), c.url);
    const before = doc.documentElement.outerHTML;
    plan(doc, c.url);
    extractArticle(doc, c.url);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
