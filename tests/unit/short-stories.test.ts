import { describe, expect, it } from 'vitest';
import { findArticle } from '../../utils/engine/article';
import { plan } from '../../utils/engine/plan';
import { extractArticle } from '../../utils/engine/reader';
import { siteOf } from '../../utils/engine/teaser-cards';
import { page } from '../helpers/dom';

// A short story (a brief) and a grid of teaser cards whose summaries outweigh it: the case the
// scoring pass got wrong (it took the grid for the article, and protected it).
const URL = 'https://www.courier.example/news/2019/12/02/library-hours/';
const STORY =
  '<p>The public library will stay open until 8 p.m. on Saturdays and open at noon on Sundays from this weekend until the end of March, the board decided.</p>' +
  '<p>The director said the longer hours were paid for by a state literacy grant. Evening story time will move to Saturdays.</p>';
const SUMMARY = 'After a meeting that ran past midnight, the council approved the budget, keeping funding level, adding two officers, cutting the parks request by half and postponing the repaving of a street for a second year in a row.';
const card = (n: number, href = `/news/2019/12/0${n}/story-${n}/`) => `<div class="teaser"><h3><a href="${href}">Council story number ${n} with a long headline</a></h3><p>${SUMMARY}</p></div>`;
const brief = (grid: string, head = '') =>
  page(`<main><article class="story"><h1>Library extends weekend hours</h1><div id="text">${STORY}</div></article><section id="grid">${grid}</section></main>`, URL, `<title>Library extends weekend hours | Courier</title>${head}`);
const hidden = (doc: Document) => plan(doc, URL).findings.filter((f) => f.active).map((f) => f.element.id || f.element.className);

describe('teaser cards', () => {
  it('the story, not the grid of longer summaries, is the article', () => {
    expect(findArticle(brief(card(1) + card(2) + card(3))).roots.map((r) => r.id)).toEqual(['text']);
  });

  it('hides a grid of three cards after a short story, and the reader leaves their summaries out', () => {
    const doc = brief(card(1) + card(2) + card(3));
    expect(hidden(doc)).toEqual(['grid']);
    const text = extractArticle(doc, URL, {}, { consume: true }).text;
    expect(text).toContain('state literacy grant');
    expect(text).not.toContain('repaving');
  });

  it('reads absolute links to the site and its subdomains as the site\'s', () => {
    const doc = brief(card(1, 'https://www.courier.example/a/') + card(2, 'https://sports.courier.example/b/') + card(3, '//courier.example/c/'));
    expect(hidden(doc)).toEqual(['grid']);
  });

  it.each([
    ['two cards are no grid', card(1) + card(2)],
    ['cards whose headlines go to other sites (a shopping list\'s products)', card(1, 'https://shop.example/p/1') + card(2, 'https://shop.example/p/2') + card(3, 'https://shop.example/p/3')],
    ['a grid that holds more than its cards', `${card(1)}${card(2)}${card(3)}<div class="widget"><p>${'A weather widget with a forecast for the week, and the tides, and more. '.repeat(4)}</p></div>`],
  ])('leaves alone %s', (_what, grid) => {
    expect(hidden(brief(grid))).toEqual([]);
  });

  it('leaves a section front alone: a few lines of introduction above its grid, no article declared', () => {
    const doc = page(`<main><h1>Local news</h1><div id="intro">${STORY}</div><section id="grid">${card(1)}${card(2)}${card(3)}${card(4)}</section></main>`, 'https://www.courier.example/news/', '<title>Local news | Courier</title>');
    expect(hidden(doc)).toEqual([]);
  });

  it('takes a short story for an article when og:type says so', () => {
    const doc = page(`<main><h1>Library extends weekend hours</h1><div id="text">${STORY}</div><section id="grid">${card(1)}${card(2)}${card(3)}</section></main>`, URL, '<title>Library extends weekend hours</title><meta property="og:type" content="article">');
    expect(hidden(doc)).toEqual(['grid']);
  });

  it('siteOf: the host without www, null for pages with no web address', () => {
    expect(siteOf('https://www.courier.example/a')).toBe('courier.example');
    expect(siteOf('about:blank')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });
});

// A short story under a thread of readers' comments longer than itself.
describe('comment threads', () => {
  it('a short story above a longer thread of comments: the story is the article, and the reader leaves the thread out', () => {
    const comment = (n: number) => `<li class="comment"><div class="comment__author">Reader ${n}</div><div class="comment__body"><p>${'I have lived on this street for years, and the traffic has got worse, especially at night, with lorries and buses. '.repeat(3)}</p></div></li>`;
    const html = `<main><article><h1>Library extends weekend hours</h1><div id="text">${STORY}</div></article><section id="comments" class="comments"><h2>Comments (5)</h2><ol class="comment-list">${[1, 2, 3, 4, 5].map(comment).join('')}</ol></section></main>`;
    expect(findArticle(page(html, URL, '<title>Library extends weekend hours</title>')).roots.map((r) => r.id)).toEqual(['text']);
    const doc = page(html, URL, '<title>Library extends weekend hours</title><meta property="og:type" content="article">');
    const text = extractArticle(doc, URL, {}, { consume: true }).text;
    expect(text).toContain('state literacy grant');
    expect(text).not.toContain('lorries');
  });

  it('the reader keeps a page whose main part is misnamed "comments" (it holds the title)', () => {
    const doc = page(`<div class="comments-wrapper"><h1>Library extends weekend hours</h1>${STORY}${STORY.replace(/library/gi, 'museum')}<p>${'The board also approved a new reading room, with more seats, longer hours and a quiet corner for study. '.repeat(3)}</p></div>`, URL, '<title>Library extends weekend hours</title>');
    expect(extractArticle(doc, URL, {}, { consume: true }).text).toContain('state literacy grant');
  });

});
