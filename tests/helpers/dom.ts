import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../../cli/dom';

export { parseHtml };

export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** A small page around some body HTML, for table tests. */
export function page(body: string, url = 'https://news.example.com/story', head = '<title>Test</title>'): Document {
  return parseHtml(`<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`, url);
}

export interface Fixture {
  name: string;
  url: string;
  html: string;
}

/** Hand-written fixture pages; each names its address in a `<!-- url: … -->` comment. */
export function loadFixtures(sub: string): Fixture[] {
  const dir = join(FIXTURES, sub);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((name) => {
      const html = readFileSync(join(dir, name), 'utf8');
      const url = /<!-- url: (\S+) -->/.exec(html)?.[1];
      if (!url) throw new Error(`${name} has no <!-- url: … --> comment`);
      return { name, url, html };
    });
}

/** A realistic article body long enough to be found as the article. */
export function articleBody(paragraphs = 5): string {
  const sentences = [
    'The regional council approved the plan on Tuesday evening after a debate that lasted more than four hours, with members split over the cost.',
    'Supporters said the scheme would cut journey times for thousands of commuters, while critics warned that the budget, already revised twice, could rise again.',
    'Engineers expect the first phase to be finished within eighteen months, provided that the weather allows work to continue through the winter, officials said.',
    'Local businesses, which had campaigned for the change for years, welcomed the decision but asked for compensation during the months of disruption ahead.',
    'A public consultation on the second phase will open next month, and residents will be able to comment online, by post or at drop-in sessions in the library.',
    'The final vote is expected in the spring, when the council will also decide how the remaining funding gap, estimated at four million, is to be closed.',
  ];
  return Array.from({ length: paragraphs }, (_, i) => `<p>${sentences[i % sentences.length]}</p>`).join('\n');
}

/** Whether a live document's stylesheets hide `el` (jsdom computes `display` from them). */
export function isHidden(el: Element): boolean {
  return el.ownerDocument.defaultView!.getComputedStyle(el).display === 'none';
}
