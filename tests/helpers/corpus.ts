import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `../shared/corpus` beside the repository (CI clones it there). */
export const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');

export interface Expect {
  title: string;
  article: string[];
  clutter: string[];
  dynamicWaitMs?: number;
  url?: string;
  body?: string;
}

export interface Case {
  name: string;
  set: string;
  dir: string;
  file: string;
  expect: Expect;
  /** The address pages are scored under: `expect.url`, or a stable example URL. */
  url: string;
}

/** Every case folder (with page.html and expect.json) under `dir`, sorted by name. */
export function loadCases(dir: string): Case[] {
  const set = dir.split('/').filter(Boolean).at(-1) ?? dir;
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'page.html')) && existsSync(join(dir, d.name, 'expect.json')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const expect = JSON.parse(readFileSync(join(dir, name, 'expect.json'), 'utf8')) as Expect;
      return {
        name,
        set,
        dir: join(dir, name),
        file: join(dir, name, 'page.html'),
        expect: { ...expect, article: expect.article ?? [], clutter: expect.clutter ?? [] },
        url: expect.url ?? `https://${name}.example/article`,
      };
    });
}

export function readPage(c: Case): string {
  return readFileSync(c.file, 'utf8');
}

/** The corpus compares text case-insensitively with whitespace collapsed. */
export function comparable(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Snippets found in (`present`) and missing from (`missing`) a text. */
export function snippetsIn(text: string, snippets: readonly string[]): { present: string[]; missing: string[] } {
  const hay = comparable(text);
  const present: string[] = [];
  const missing: string[] = [];
  for (const s of snippets) (hay.includes(comparable(s)) ? present : missing).push(s);
  return { present, missing };
}
