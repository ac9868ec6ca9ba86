#!/usr/bin/env node
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { extractArticle, NoArticleError } from '../utils/engine/reader';
import { plan } from '../utils/engine/plan';
import { removeFindings, textAfterCleanup } from '../utils/engine/apply';
import { toMarkdown } from '../utils/export/markdown';
import { cleanCopy } from '../utils/export/clean-copy';
import { escapeHtml } from '../utils/escape-html';
import { sanitizeArticleHtml } from '../utils/export/sanitize';
import { CliError, isStackOverflow, parseHtml, readHtmlFile } from './dom';

const USAGE = `Usage:
  sift clean FILE.html [--url URL] [--mode inplace|reader] [--format text|html|md] [--explain] [-o OUT]
  sift save FILE.html [--url URL] --format html|md [-o OUT]

  --url      the page's address (relative links and site rules use it)
  --mode     inplace: the page after cleanup; reader: cleanup, then Readability (default: inplace)
  --format   text, html or md (default: text)
  --explain  list each hidden block with its rule id, category and reason (on stderr)
  -o         write the output to OUT instead of stdout (save: instead of a file named after the title)`;

export function run(argv: string[]): { out: string; messages: string[] } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      mode: { type: 'string', default: 'inplace' },
      format: { type: 'string', default: 'text' },
      explain: { type: 'boolean', default: false },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, file, ...rest] = positionals;
  if (values.help) return { out: USAGE + '\n', messages: [] };
  if (command !== 'clean' && command !== 'save') throw new CliError(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
  if (!file) throw new CliError(`${command} needs an HTML file\n${USAGE}`);
  if (rest.length) throw new CliError(`unexpected arguments: ${rest.join(' ')}`);
  const mode = values.mode;
  const format = values.format;
  if (mode !== 'inplace' && mode !== 'reader') throw new CliError(`--mode must be inplace or reader, not "${mode}"`);
  if (format !== 'text' && format !== 'html' && format !== 'md') throw new CliError(`--format must be text, html or md, not "${format}"`);
  const url = values.url ?? pathToFileURL(file).href;
  try {
    new URL(url);
  } catch {
    throw new CliError(`--url "${url}" is not a valid URL`);
  }
  const html = readHtmlFile(file);
  try {
    return cleanOrSave(command, file, html, url, mode, format, values);
  } catch (error) {
    // A browser flattens such nesting as it parses a page; jsdom builds and edits it recursively.
    if (isStackOverflow(error)) {
      throw new CliError(`${file}: the page nests its elements too deeply to be processed here (the call stack ran out); nothing was written`);
    }
    throw error;
  }
}

function cleanOrSave(
  command: 'clean' | 'save',
  file: string,
  html: string,
  url: string,
  mode: 'inplace' | 'reader',
  format: 'text' | 'html' | 'md',
  values: { explain?: boolean; output?: string },
): { out: string; messages: string[] } {
  const doc = parseHtml(html, url);
  const messages: string[] = [];
  if (command === 'save') {
    if (format !== 'html' && format !== 'md') throw new CliError('save needs --format html or md');
    let copy;
    try {
      copy = cleanCopy(doc, url, format, doc.defaultView as unknown as Window);
    } catch (error) {
      if (error instanceof NoArticleError) throw new CliError(`${file}: ${error.message}`);
      throw error;
    }
    const target = values.output ?? copy.filename;
    writeFileSync(target, copy.text);
    return { out: '', messages: [`saved ${target}`] };
  }
  let out: string;
  let findings;
  if (mode === 'reader') {
    let article;
    try {
      article = extractArticle(doc, url, {}, { consume: true }); // the document is this command's own copy
    } catch (error) {
      if (error instanceof NoArticleError) throw new CliError(`${file}: ${error.message}`);
      throw error;
    }
    findings = article.plan.findings;
    if (format === 'text') out = `${article.title}\n\n${article.text}\n`;
    else if (format === 'md') out = `# ${article.title}\n\n${toMarkdown(article.content)}`;
    else out = `<!doctype html>\n<html><head><meta charset="utf-8"><title>${escapeHtml(article.title)}</title></head>\n<body><article><h1>${escapeHtml(article.title)}</h1>\n${sanitizeArticleHtml(article.content.innerHTML, doc.defaultView as unknown as Window)}\n</article></body></html>\n`;
  } else {
    const result = plan(doc, url, {}, { computedStyles: false });
    findings = result.findings;
    if (format === 'text') {
      out = textAfterCleanup(doc, findings) + '\n';
    } else {
      removeFindings(findings); // the document is this command's own copy
      out = format === 'md' ? toMarkdown(doc.body) : '<!doctype html>\n' + doc.documentElement.outerHTML + '\n';
    }
  }
  if (values.explain) {
    messages.push(`${findings.length} block(s) hidden`);
    for (const f of findings) messages.push(`${f.ruleId}\t${f.category}\t${f.reason}`);
  }
  if (values.output) {
    writeFileSync(values.output, out);
    return { out: '', messages };
  }
  return { out, messages };
}

function main() {
  try {
    const { out, messages } = run(process.argv.slice(2));
    for (const m of messages) process.stderr.write(m + '\n');
    process.stdout.write(out);
  } catch (error) {
    const message = error instanceof CliError ? error.message : error instanceof Error ? `unexpected error: ${error.message}` : String(error);
    process.stderr.write(`sift: ${message}\n`);
    process.exitCode = error instanceof CliError ? 2 : 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
