import { readFileSync, statSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';

/** A one-line, user-facing error: the CLI prints it and exits non-zero. */
export class CliError extends Error {}

/** Reads an HTML file, refusing what is missing, empty or not HTML. */
export function readHtmlFile(file: string): string {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    throw new CliError(`cannot read ${file}: no such file`);
  }
  if (stat.isDirectory()) throw new CliError(`${file} is a directory, not an HTML file`);
  const html = readFileSync(file, 'utf8');
  if (html.trim() === '') throw new CliError(`${file} is empty`);
  if (html.includes('\u0000') || !/<(html|head|body|div|p|article|main|section|h[1-6]|span|table)[\s>]/i.test(html)) {
    throw new CliError(`${file} does not look like an HTML file`);
  }
  return html;
}

/** Whether `error` is the call stack running out (jsdom builds and edits trees recursively). */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/** Parses HTML into a Document with jsdom: no scripts run, no resources load. */
export function parseHtml(html: string, url: string): Document {
  const virtualConsole = new VirtualConsole(); // page CSS that jsdom cannot parse is not our error
  try {
    return new JSDOM(html, { url, virtualConsole }).window.document;
  } catch (error) {
    if (isStackOverflow(error)) throw error; // nesting too deep for jsdom: stripping the styles would not help
    // jsdom's CSS parser (cssstyle) throws on some real stylesheets; the page
    // without its <style> blocks still has all its content.
    const stripped = html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '');
    return new JSDOM(stripped, { url, virtualConsole }).window.document;
  }
}

/** Frees a document made by `parseHtml` (jsdom keeps a window per document until it is closed). */
export function disposeDocument(doc: Document): void {
  doc.defaultView?.close();
}
