import { describe, expect, it, vi } from 'vitest';
import { findScrollLocks } from '../../utils/engine/scroll-lock';
import { plan, planSteps } from '../../utils/engine/plan';
import { findArticle, findArticleSteps, textRuns } from '../../utils/engine/article';
import { createGuard } from '../../utils/engine/guard';
import { indexPage, partsOf } from '../../utils/engine/page-index';
import { querySelectorsSteps } from '../../utils/engine/selector-index';
import { CHUNK, drain } from '../../utils/engine/steps';
import { generatePage } from '../bench/generate';
import { blockText } from '../../utils/engine/text';
import { titleBeforeLinks } from '../../utils/engine/labels';
import { siteNames, withoutSiteName } from '../../utils/engine/site-names';
import { PLAN_PHASES, type Plan } from '../../utils/engine/types';
import { BUILTIN_RULES } from '../../utils/rules/registry';
import { GENERIC_RULES } from '../../utils/rules/generic';
import type { Rule } from '../../utils/rules/types';
import { CORPUS, loadCases, readPage } from '../helpers/corpus';
import { articleBody, loadFixtures, page, parseHtml } from '../helpers/dom';

const rulesById = new Map(BUILTIN_RULES.map((r) => [r.id, r]));

/**
 * A node made of a plain object, with what the engine's walks read of a DOM node: for trees
 * nested deeper than the call stack goes, which jsdom takes minutes to build (it walks a node's
 * ancestors on every insertion). A tag name makes an element, none a text node of `text`.
 */
type Plain = { nodeType: number; tagName?: string; nodeValue?: string; data?: string; textContent?: string; firstChild: Plain | null; nextSibling: Plain | null; parentNode: Plain | null; hasAttribute(): boolean; getAttribute(): null };
function plain(tagName: string | undefined, text?: string): Plain {
  return { nodeType: tagName ? 1 : 3, tagName, nodeValue: text, data: text, textContent: text, firstChild: null, nextSibling: null, parentNode: null, hasAttribute: () => false, getAttribute: () => null };
}
/** `parent` with `children` as its child nodes, in order. */
function adopt(parent: Plain, ...children: Plain[]): Plain {
  children.forEach((child, i) => Object.assign(child, { parentNode: parent, nextSibling: children[i + 1] ?? null }));
  parent.firstChild = children[0];
  return parent;
}

function hiddenText(doc: Document, url = 'https://news.example.com/story'): { hidden: string[]; visible: string; ruleIds: string[] } {
  const p = plan(doc, url);
  const active = p.findings.filter((f) => f.active);
  const set = new Set(active.map((f) => f.element));
  return {
    hidden: active.map((f) => (f.element.textContent ?? '').replace(/\s+/g, ' ').trim()),
    visible: blockText(doc.body, (el) => set.has(el)),
    ruleIds: active.map((f) => f.ruleId),
  };
}

const ARTICLE = `<h1>Council approves the crossing</h1>${articleBody(5)}`;

/** Heading heuristics: what each must hide (positive) and must keep (negative). */
describe('heading-introduced blocks', () => {
  it.each([
    ['a related rail after the article', `<main><article>${ARTICLE}</article><section><h2>Related articles</h2><a href="/1">One</a><a href="/2">Two</a></section></main>`, 'One'],
    ['a styled div label (no heading tag)', `<main><div>${ARTICLE}</div><div class="css-8f2k"><div class="css-1x">Related Articles</div><div class="css-2y"><div role="link"><h3>Teaser</h3><div>${'A teaser longer than a paragraph, with commas, and more, and more. '.repeat(8)}</div></div></div></div></main>`, 'Teaser'],
    ['a "Read more:" link list between paragraphs', `<article><h1>T</h1>${articleBody(3)}<div><h3>Read more:</h3><ul><li><a href="/x">Other story</a></li></ul></div>${articleBody(2)}</article>`, 'Other story'],
    ['a flat "Read more" heading with a link list', `<article><h1>T</h1>${articleBody(3)}<h3>Read more</h3><ul><li><a href="/x">Flat other story</a></li></ul>${articleBody(2)}</article>`, 'Flat other story'],
    ['a newsletter form inside the article', `<article><h1>T</h1>${articleBody(3)}<div><h3>Sign up for our newsletter</h3><p>The best stories of the week, every Friday morning in your inbox.</p><form><input type="email"></form></div>${articleBody(2)}</article>`, 'every Friday morning'],
    ['a rail whose teaser titles are headings of a higher level than its label', `<main><article>${ARTICLE}</article><div><div><h4>Recommended Stories</h4></div><div><div><a href="/1"><img src="data:," alt=""></a><h3><a href="/1">Teaser one about the ferry</a></h3></div><div><a href="/2"><img src="data:," alt=""></a><h3><a href="/2">Teaser two about the buses</a></h3></div></div></div></main>`, 'Teaser two'],
    ['a German related box', `<article>${ARTICLE}</article><aside><h2>Das könnte Sie auch interessieren</h2><a href="/a">Anderer Artikel</a></aside>`, 'Anderer Artikel'],
    ['app-store text links in a promo after the article', `<article>${ARTICLE}</article><div><b>Take us with you</b> <a href="https://apps.apple.com/app/id1">iOS App</a> <a href="https://play.google.com/store/apps/details?id=x">Android app</a></div>`, 'Take us with you'],
    ['a French app link', `<article>${ARTICLE}</article><div><a href="https://apps.apple.com/fr/app/id1">Télécharger l'application</a></div>`, "Télécharger l'application"],
    ['a store badge (an image link)', `<article>${ARTICLE}</article><div class="promo"><a href="https://play.google.com/store/apps/details?id=x"><img src="data:," alt="Get it on Google Play"></a></div><div><a href="/x">Unrelated footer text link</a> and some more footer words here.</div>`, 'Get it on Google Play'],
    ['a rail whose title holds an empty divider after its text', `<main><article>${ARTICLE}</article><div class="rail"><div class="rail-header">Related<div class="rail-divider"></div></div><ol><li><a href="/1">Orders pick up at the air show</a></li><li><a href="/2">A second order for the jets</a></li></ol></div></main>`, 'A second order'],
    ['a fixed consent overlay with a close button before its title', `<article>${ARTICLE}</article><div style="position:fixed;inset:0"><div role="dialog"><button>×</button><h2>We value your privacy</h2><p>Partners store cookies.</p></div></div>`, 'Partners store cookies'],
  ])('hides %s', (_what, body, clutter) => {
    const { visible, hidden } = hiddenText(page(body));
    expect(hidden.length).toBeGreaterThan(0);
    expect(visible).not.toContain(clutter);
    expect(visible).toContain('The regional council approved the plan');
  });

  it.each([
    ['a paragraph that mentions "related"', `<article>${ARTICLE}<p>Related: the authority's own survey found that small appliances are among the most discarded items.</p></article>`],
    ['an article section headed "Discussion" with prose', `<article>${ARTICLE}<h2>Discussion</h2><p>${'The results suggest that the effect is smaller than first reported, and that more data is needed. '.repeat(3)}</p><p>Further trials are planned for next year in three more cities, the authors said.</p></article>`],
    ['an "Advertisement" label followed by article text', `<article>${ARTICLE}<div>Advertisement</div><p>With all that said, let us begin.</p>${articleBody(2)}</article>`],
    ['a heading above a figure in the article', `<article>${ARTICLE}<h3>Share</h3><figure><img src="data:," alt="x"><figcaption>The bridge at dawn.</figcaption></figure>${articleBody(1)}</article>`],
    ['a "Live" kicker above the title', `<article><div>Live</div><h1>Council approves the crossing</h1>${articleBody(5)}</article>`],
    ['a link to an app store in a sentence', `<article>${ARTICLE}<p>Version 5.3 of the app is <a href="https://apps.apple.com/app/id1">available in the App Store from today for all users</a>, the company said.</p></article>`],
    ['a table of apps in the article, each linked to its store page', `<article>${ARTICLE}<table><tr><th>Application</th><th>Size</th><th>Patch</th></tr><tr><td><a href="https://play.google.com/store/apps/details?id=a">Harbour Tides</a></td><td>71.1 MB</td><td>8.0 MB</td></tr><tr><td><a href="https://play.google.com/store/apps/details?id=b">Ferry Times</a></td><td>32.7 MB</td><td>9.6 MB</td></tr></table>${articleBody(1)}</article>`],
    ['a review heading linked to the app\'s store page', `<article>${ARTICLE}<h3><a href="https://apps.apple.com/app/id7">Harbour Tides</a></h3><p>${'A tide table that works offline and warns before the causeway floods. '.repeat(3)}</p></article>`],
    ['sections with linked headings after a "Read more" label in the article, each with its own prose', `<article>${ARTICLE}<h3>Read more</h3><h3><a href="/a">The first crossing</a></h3><p>${'The ferry ran twice a day from the old quay, and the fare was paid in coins. '.repeat(3)}</p><h3><a href="/b">The second crossing</a></h3><p>${'A bridge was first proposed in 1920 and again in 1970, each time shelved. '.repeat(3)}</p></article>`],
    ['a nav item called "Live"', `<header><nav><ul><li><a href="/live">Live</a></li><li><a href="/news">News</a></li></ul></nav></header><article>${ARTICLE}</article>`],
  ])('keeps %s', (_what, body) => {
    const doc = page(body);
    const before = blockText(doc.body);
    const { visible } = hiddenText(doc);
    expect(visible).toBe(before);
  });
});

describe('labels', () => {
  it('an ad frame under an "Advertisement" tag is the ad, not a heading over the sidebar after it', () => {
    const doc = page(`<main><article>${ARTICLE}</article><aside><div class="weather"><p>Sunny spells, a light breeze from the west, and a high of nineteen degrees.</p></div><div class="ad-box"><span>Advertisement</span><iframe src="about:blank"></iframe></div><div class="events"><p>${'The harbour festival runs all weekend, with music on the quay and boats open to visitors. '.repeat(2)}</p></div></aside></main>`);
    const { visible, hidden } = hiddenText(doc);
    expect(hidden).toEqual(['Advertisement']);
    expect(visible).toContain('The harbour festival runs all weekend');
    expect(visible).toContain('The regional council approved the plan');
  });
  it('a heading with a link of its own beside its title is read by its title too ("Share this story" + "About sharing")', () => {
    const doc = page(`<main><article>${ARTICLE}</article><div class="share" id="share"><h2>Share this story <a href="/help/sharing">About sharing</a></h2><ul><li><a href="mailto:?subject=x">Email</a></li><li><a href="https://facebook.com/sharer">Facebook</a></li></ul></div><div id="most"><h2>Most read <a href="/most-read">See all</a></h2><ol><li><a href="/a">The ferry returns to the island after two years</a></li></ol></div></main>`);
    const p = plan(doc, 'https://news.example.com/story');
    expect(p.findings.map((f) => [f.element.id, f.ruleId]).sort()).toEqual([['most', 'related-heading'], ['share', 'social-heading']]);
    // A linked headline's own words are no title: "Share" beside a story's link is not a share bar.
    const teaser = page(`<main><article>${ARTICLE}</article><div id="card"><h3><a href="/b">Harbour reopens</a> share</h3><p>The quay is open again.</p></div></main>`);
    expect(plan(teaser, 'https://news.example.com/story').findings).toEqual([]);
  });
  it('reads a heading’s title before its links however deep its inline elements nest', () => {
    expect(titleBeforeLinks(page('<h2 id="h">Most <b>read</b> <a href="/all">See all</a> today</h2>').getElementById('h')!).replace(/\s+/g, ' ').trim()).toBe('Most read today');
    expect(titleBeforeLinks(page('<h2 id="h"> <a href="/x">Harbour reopens</a> share</h2>').getElementById('h')!)).toBe('');
    // Plain nodes (see `plain`): 20,000 spans, the title at the top, a link at the bottom.
    let inner = adopt(plain('SPAN'), adopt(Object.assign(plain('A'), { textContent: 'See all' }), plain(undefined, 'See all')));
    for (let i = 0; i < 20_000; i++) inner = adopt(plain('SPAN'), inner);
    const heading = adopt(plain('H2'), plain(undefined, 'Share this story'), inner);
    expect(titleBeforeLinks(heading as unknown as Element).trim()).toBe('Share this story');
  });
});

/** A line of a few words and a link that is most of it: "ALSO READ: " + a headline. */
describe('link lines', () => {
  const line = (id: string, lead: string, headline: string) => `<p id="${id}">${lead} <a href="/other">${headline}</a></p>`;
  it('hides a link line outside the article, and a heading’s inside it ("Related post: " + a headline)', () => {
    const doc = page(`<main><article><h1>Council approves the crossing</h1>${articleBody(3)}<hr><h3 id="rel">Related post: <a href="/jam">Pickled sprouts for the winter</a></h3><hr>${articleBody(2)}</article><div class="after">${line('also', 'ALSO READ:', 'Ferry service to add weekend runs starting in April')}</div></main>`);
    const p = plan(doc, 'https://news.example.com/story');
    expect(p.findings.map((f) => [f.element.id || f.element.className, f.ruleId])).toEqual([['rel', 'related-heading'], ['after', 'related-heading']]);
    expect(p.findings[1].reason).toBe('heading "ALSO READ:"');
    expect(hiddenText(doc).visible).toContain('Engineers expect the first phase');
  });
  it('hides the rail a heading heads though its own link is most of it ("Trending" + "View all trending stories")', () => {
    const doc = page(`<main><article>${ARTICLE}</article><h3 id="t">Trending <a href="/trending">View all trending stories</a></h3><ul id="l"><li><a href="/a">The ferry returns to the island after two years</a></li><li><a href="/b">Harbour master retires after forty winters</a></li></ul></main>`);
    expect(plan(doc, 'https://news.example.com/story').findings.map((f) => f.element.id)).toEqual(['t', 'l']);
  });
  it('keeps a paragraph’s link line inside the article (the story’s text to Readability), and lines whose own words are more than a lead-in', () => {
    const kept = [
      line('inside', 'Lire aussi :', 'Les critiques de la CNIL contre le projet de loi'),
      // Most of the text is the paragraph's own: a sentence with a link, not a link line.
      `<p id="sentence">Read the council's decision, published on Tuesday after a long debate about the costs of the crossing, <a href="/decision">here</a>.</p>`,
      // The link comes first: a linked headline with words after it.
      `<p id="teaser"><a href="/x">Ferry service to add weekend runs</a> read more</p>`,
    ];
    const doc = page(`<main><article><h1>Council approves the crossing</h1>${articleBody(3)}${kept[0]}${articleBody(2)}</article><aside>${kept[1]}${kept[2]}</aside></main>`);
    expect(plan(doc, 'https://news.example.com/story').findings).toEqual([]);
  });
});

describe('an ad’s tag over an empty slot inside the article', () => {
  const slot = (n: number) => `<div class="ad-unit" id="ad${n}"><div class="ad-label">Advertisement</div><div class="ad-container" data-ad-unit="IN_POST"></div></div>`;
  it('hides the tag with its box between the story’s paragraphs, and nothing of the story', () => {
    const body = articleBody(6).split('\n');
    const doc = page(`<main><article><h1>Council approves the crossing</h1>${body.slice(0, 2).join('')}${slot(1)}${body.slice(2, 4).join('')}${slot(2)}${body.slice(4).join('')}</article></main>`);
    const p = plan(doc, 'https://news.example.com/story');
    expect(p.findings.map((f) => [f.element.id, f.ruleId])).toEqual([['ad1', 'sponsored-heading'], ['ad2', 'sponsored-heading']]);
    expect(hiddenText(doc).visible).toContain('Engineers expect the first phase');
  });
  it('hides the longer tag a slot leaves ("Story continues below advertisement"), not a sentence as long', () => {
    const body = articleBody(4).split('\n');
    const tag = (id: string, text: string) => `<div class="css-1c4t0s" id="${id}"><div class="css-ybsqkl">${text}</div></div>`;
    const doc = page(`<main><article><h1>Council approves the crossing</h1>${body.slice(0, 2).join('')}${tag('t', 'Story continues below advertisement')}${body.slice(2).join('')}</article></main>`);
    expect(plan(doc, 'https://news.example.com/story').findings.map((f) => [f.element.id, f.ruleId])).toEqual([['t', 'sponsored-heading']]);
    // Outside the article, a lone sentence a pattern names (the same length, a stop at its end) stays: it may be a notice's.
    const sentence = page(`<main><article>${ARTICLE}</article></main><aside><p>${'The harbour office is open on weekdays from nine until five. '.repeat(2)}</p><div id="s"><div>This site uses cookies to measure visits.</div></div></aside>`);
    expect(plan(sentence, 'https://news.example.com/story').findings).toEqual([]);
  });
  it('leaves a "Read more" box over a collapsed story (a control, whatever rule names it), and a real heading', () => {
    const readMore = `<div class="read-more" id="more"><div class="gradient"></div><div class="button">Read More</div></div>`;
    const doc = page(`<main><article><h1>Council approves the crossing</h1>${articleBody(3)}${readMore}${articleBody(3)}<div id="h"><h3>Advertisement</h3><div class="slot"></div></div>${articleBody(2)}</article></main>`);
    expect(plan(doc, 'https://news.example.com/story').findings).toEqual([]);
  });
});

describe('a label\'s flat section', () => {
  it('lists what it hides that shows, not the scripts and style sheets between', () => {
    const doc = page(`<main><article>${ARTICLE}</article><div id="label">Advertisement</div><script>window.ads = 1;</script><style>.x{}</style><div id="slot" class="slot"><a href="https://ads.example/1"><img src="data:," alt=""></a></div><script>window.more = 2;</script></main>`);
    expect(plan(doc, 'https://news.example.com/story').findings.map((f) => f.element.id)).toEqual(['label', 'slot']);
  });
});

describe('a label with nothing after it', () => {
  it('hides a top ad’s tag alone, not the site’s header and menu after it', () => {
    const doc = page(`<div id="top-ad" class="ad"><div>Advertisement</div><div class="slot"></div></div><header id="masthead"><a href="/"><img src="data:," alt="Riverton Courier"></a><ul><li><a href="/local">Local</a></li><li><a href="/sports">Sports</a></li></ul></header><div id="bar"><span>Weather</span> <a href="/weather">72° and sunny</a></div><main><article>${ARTICLE}</article></main>`);
    expect(plan(doc, 'https://news.example.com/story').findings.map((f) => [f.element.id, f.ruleId])).toEqual([['top-ad', 'sponsored-heading']]);
  });
  it('hides an ad’s tag whose slot stayed empty, and a rail’s title before its script fills it, outside the article', () => {
    const doc = page(`<main><article>${ARTICLE}</article></main><aside><p>${'The harbour office is open on weekdays from nine until five. '.repeat(2)}</p><div class="ad-slot"><div>Advertisement</div></div></aside><div class="rail"><h2>Related Stories</h2></div>`);
    const { visible, ruleIds } = hiddenText(doc);
    expect(ruleIds.sort()).toEqual(['related-heading', 'sponsored-heading']);
    expect(visible).not.toContain('Advertisement');
    expect(visible).not.toContain('Related Stories');
    expect(visible).toContain('The harbour office is open');
  });

  it.each([
    ['inside the article', `<main><article>${ARTICLE}<div><h3>Related</h3></div></article></main>`],
    ['a table’s cell', `<main><article>${ARTICLE}</article></main><table><tr><th>Name</th><th>Comments</th></tr><tr><td>Ferry</td><td>Runs daily</td></tr></table>`],
    ['a heading’s inner span', `<main><article>${ARTICLE}</article></main><div><p>${'Recipes from the harbour kitchen, tested by readers. '.repeat(3)}</p><h2><span class="em">Share</span> this recipe with a friend who cooks</h2></div>`],
  ])('keeps one %s', (_what, body) => {
    const doc = page(body);
    const before = blockText(doc.body);
    expect(hiddenText(doc).visible).toBe(before);
  });
});

describe('pages where nothing may be hidden', () => {
  it.each([
    ['a plain article', `<article>${ARTICLE}</article>`],
    ['an article with a byline, figure and lists', `<article><h1>Title here</h1><p class="byline">By <a rel="author" href="/a">A. Writer</a></p><figure><img src="data:," alt=""><figcaption>Photo: staff</figcaption></figure>${articleBody(4)}<ul><li>First point of the list with detail</li><li>Second point</li></ul></article>`],
    ['a blog post about comments', `<article><h1>How we moderate comments</h1>${articleBody(4)}<h2>Comments policy</h2><p>${'We read every comment before it is published and remove abuse, spam and personal attacks. '.repeat(3)}</p></article>`],
    ['a no-article page', `<div><p>Short.</p></div>`],
    ['an empty body', ''],
  ])('%s', (_what, body) => {
    const doc = page(body);
    expect(plan(doc, 'https://example.com/').findings).toEqual([]);
  });
});

describe('findArticle', () => {
  it('finds the element holding the paragraphs, and the title', () => {
    const doc = page(`<header><h2>Site</h2></header><main><h1>Council approves the crossing</h1><div id="body">${articleBody(5)}</div><aside><p>Short aside.</p></aside></main>`, 'https://x.example/', '<title>Council approves the crossing | X</title>');
    const info = findArticle(doc);
    expect(info.roots[0]?.id).toBe('body');
    expect(info.title?.tagName).toBe('H1');
    expect(info.prose).toBeGreaterThan(500);
  });
  it('prefers the article text over longer teasers in link cards', () => {
    const teaser = `<a href="/t"><div>${'A long teaser, with commas, and clauses, that goes on. '.repeat(20)}</div></a>`;
    const doc = page(`<div id="story">${articleBody(6)}</div><div id="rail">${teaser}${teaser}</div>`);
    expect(findArticle(doc).roots[0]?.id).toBe('story');
  });
  it('finds a body written as text and line breaks (no paragraphs) over a sidebar of teasers in divs, and counts its text as running text', () => {
    // Blogger's and many forums' posts: the text sits in the body itself, between <br>s, with a heading and a list of its own.
    const lines = articleBody(6).replace(/<\/?p>/g, '').split(/(?<=\.)\s*/).filter(Boolean);
    const body = `${lines.slice(0, 3).join('<br><br>')}<h2>The second phase</h2>${lines.slice(3).join('<br><br>')}<ul><li>Phase one: 18 months</li></ul>`;
    const teaser = `<div class="item"><a href="/t">Another post</a><div class="snippet">${'A snippet of another post, with commas, clauses and more words to read. '.repeat(2)}</div></div>`;
    const doc = page(`<div class="main"><div id="post">${body}</div></div><div class="sidebar"><aside id="popular"><h2>Popular Posts</h2>${teaser.repeat(4)}</aside></div>`);
    const info = findArticle(doc);
    expect(info.roots.map((r) => r.id)).toEqual(['post']);
    expect(info.prose).toBeGreaterThan(500);
    expect(hiddenText(doc).hidden.join(' ')).toContain('Popular Posts');
  });
  it('finds a body whose paragraphs are divs holding spans over a sidebar of teasers in paragraphs', () => {
    // Text pasted from a word processor: each paragraph a <div> around a <span>, no <p> at all.
    const body = articleBody(6).replace(/<p>(.*?)<\/p>/g, '<div class="line"><div><span style="font-family: arial">$1</span></div></div>');
    const teaser = `<div class="item"><a href="/t">Another story</a><p>${'A snippet of another story, with commas, clauses and more words to read. '.repeat(2)}</p></div>`;
    const doc = page(`<div class="main"><div id="chapter">${body}</div></div><div class="sidebar" id="side">${teaser.repeat(3)}</div>`);
    expect(findArticle(doc).roots.map((r) => r.id)).toEqual(['chapter']);
  });
  it('finds a post written as bullet points over the comments below it', () => {
    const items = articleBody(6).replace(/<p>(.*?)<\/p>/g, '<li>$1</li>');
    const comment = (n: number) => `<li class="comment" id="c${n}"><cite>Reader ${n}</cite><blockquote><p>${'Thanks for the update, it answers the question I had about the second phase and its cost. '.repeat(2)}</p></blockquote></li>`;
    const doc = page(`<article><h1>These weeks in the council</h1><div id="post"><h3>Highlights</h3><ul id="points">${items}</ul></div></article><section id="comments"><ol>${comment(1)}${comment(2)}</ol></section>`);
    expect(findArticle(doc).roots.map((r) => r.id)).toEqual(['points']);
  });
  it('cuts a body written with line breaks into runs at each break and block child, leaving scripts out', () => {
    const el = page('<div id="b">First line, <b>bold</b> and <a href="/x">linked</a>.<br>Second line.<br><br><h2>Heading</h2>Third<script>var x = 1;</script> line.</div>').getElementById('b')!;
    expect(textRuns(el)).toEqual(['First line, bold and linked.', 'Second line.', 'Third line.']);
  });
  it('takes split bodies (text, insert, text) as one article', () => {
    const doc = page(`<div id="wrap"><div id="a">${articleBody(5)}</div><div id="ad"></div><div id="b">${articleBody(5)}</div></div>`);
    const ids = findArticle(doc).roots.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['a', 'b']));
  });

  // In a browser the title's candidates come from one selector query; elsewhere every element is looked at.
  const titleOf = (doc: Document, native: boolean) => drain(findArticleSteps(doc, indexPage(doc.body), doc.body, native)).title;
  it('finds the same title with the candidates queried: a class naming it in any case, the first h1 over an earlier match', () => {
    const doc = page(`<div class="Story-HEADLINE">Council approves the crossing</div><main><h1 id="t">Council approves the crossing</h1><div>${articleBody(5)}</div></main>`, 'https://x.example/', '<title>Council approves the crossing</title>');
    expect(titleOf(doc, true)?.id).toBe('t');
    const byClass = page(`<h2>Site</h2><span class="Post-Title" id="c">Council approves the crossing</span><div>${articleBody(5)}</div>`, 'https://x.example/', '<title>Council approves the crossing</title>');
    expect(titleOf(byClass, true)?.id).toBe('c');
    expect(titleOf(byClass, false)?.id).toBe('c');
    // An h1 that is not the title does not stop the other candidates; the first og:title counts.
    const head = '<title>News of the coast</title><meta property="og:title" content="Council approves the crossing"><meta property="og:title" content="Site">';
    const siteH1 = page(`<h1>Site</h1><span class="post-title" id="c">Council approves the crossing</span><div>${articleBody(5)}</div>`, 'https://x.example/', head);
    expect(titleOf(siteH1, true)?.id).toBe('c');
    expect(titleOf(siteH1, false)?.id).toBe('c');
  });
  it('finds the same title with the candidates queried, on real pages', () => {
    const cases = [...loadCases(`${CORPUS}/aeb`), ...loadCases(`${CORPUS}/readability`)].filter((_, i) => i % 6 === 0);
    let found = 0;
    for (const c of cases) {
      const doc = parseHtml(readPage(c), c.url);
      const title = titleOf(doc, false);
      if (title) found++;
      expect(titleOf(doc, true), c.name).toBe(title);
    }
    expect(found).toBeGreaterThan(cases.length / 2);
  });
});

describe('plan', () => {
  it('names the element, rule, category and a human reason', () => {
    const doc = page(`<article>${ARTICLE}</article><section><h2>Related Articles</h2><a href="/1">One</a></section>`);
    const [f] = plan(doc, 'https://news.example.com/').findings;
    expect(f).toMatchObject({ ruleId: 'related-heading', category: 'related', reason: 'heading "Related Articles"', active: true });
    expect(f.element.tagName).toBe('SECTION');
  });
  it('lists switched-off rules and categories as inactive', () => {
    const doc = page(`<article>${ARTICLE}</article><section><h2>Related Articles</h2><a href="/1">One</a></section><section><h2>Comments</h2><p>Great piece, thanks.</p></section>`);
    const p = plan(doc, 'https://news.example.com/', { disabledRules: ['related-heading'], disabledCategories: ['comments'] });
    expect(p.findings.map((f) => [f.ruleId, f.active])).toEqual([['related-heading', false], ['comments-heading', false]]);
  });
  it('reports an invalid user rule and still runs the others', () => {
    const doc = page(`<article>${ARTICLE}</article><section><h2>Related Articles</h2><a href="/1">One</a></section>`);
    const p = plan(doc, 'https://news.example.com/', {
      userRules: [{ id: 'broken', description: 'A broken rule.', category: 'promo', sites: [], action: 'hide', match: { kind: 'selector', selector: 'div[' } }],
    });
    expect(p.errors.join()).toMatch(/Rule "broken" could not run/);
    expect(p.findings.map((f) => f.ruleId)).toContain('related-heading');
  });
  it('applies user rules for their site', () => {
    const doc = page(`<article>${ARTICLE}</article><div class="promo-x">Buy now</div>`, 'https://my.example.com/a');
    const userRules = [{ id: 'user-promo', description: 'Hides the promo.', category: 'promo' as const, sites: ['example.com'], action: 'hide' as const, match: { kind: 'selector' as const, selector: '.promo-x' } }];
    expect(plan(doc, 'https://my.example.com/a', { userRules }).findings.map((f) => f.ruleId)).toEqual(['user-promo']);
    expect(plan(doc, 'https://other.example.org/a', { userRules }).findings).toEqual([]);
  });
  it('says how to unlock scrolling when it hides an overlay that locked it', () => {
    const doc = page(`<article>${ARTICLE}</article><div style="position:fixed;inset:0" aria-modal="true"><h2>We value your privacy</h2><p>Cookies.</p></div>`);
    doc.body.setAttribute('style', 'overflow: hidden');
    expect(plan(doc, 'https://news.example.com/').scrollLocks).toEqual([{ target: 'body', ruleIds: ['consent-heading'] }]);
  });
  it("finds the same scroll locks from the findings alone (a planned copy's, on the page) as from the plan's index", () => {
    // The modal dialog sits inside a block found by a rule that is not an overlay's: asked of the finding itself.
    const doc = page(
      `<article>${ARTICLE}</article><section class="wrap"><div style="position:fixed;inset:0" aria-modal="true"><h2>Related Articles</h2><a href="/1">One</a></div></section>`,
    );
    doc.body.setAttribute('style', 'overflow: hidden');
    const p = plan(doc, 'https://news.example.com/');
    expect(p.scrollLocks).not.toEqual([]);
    const active = p.findings.filter((f) => f.active);
    expect(findScrollLocks(doc, active, false)).toEqual(p.scrollLocks);
    expect(findScrollLocks(doc, active, false, [...doc.querySelectorAll('[aria-modal="true"]')])).toEqual(p.scrollLocks);
    expect(findScrollLocks(doc, [], false)).toEqual([]);
  });
  it('does not unlock scrolling when nothing overlays the page', () => {
    const doc = page(`<article>${ARTICLE}</article><section><h2>Related Articles</h2><a href="/1">One</a></section>`);
    doc.body.setAttribute('style', 'overflow: hidden');
    expect(plan(doc, 'https://news.example.com/').scrollLocks).toEqual([]);
  });
});

/** Consent dialogs whose heading names no consent (the `dialog` matcher): what they say is enough, and only dialogs are read. */
describe('consent dialogs', () => {
  const dialog = (inner: string, attrs = 'role="dialog" aria-modal="true"') => `<main><article>${ARTICLE}</article></main><div id="d" ${attrs}>${inner}</div>`;
  it.each([
    ['"Before you continue" and cookies', '<h2>Before you continue</h2><p>We use cookies and data to deliver and maintain our services.</p><button>Accept all</button>'],
    ['no heading, the framework’s "we and our partners"', '<p>We and our 812 partners store and/or access information on a device.</p><button>Agree</button>'],
    ['German', '<p>Wir und unsere Partner speichern Informationen auf Ihrem Gerät.</p><button>Akzeptieren</button>'],
    ['Polish', '<p>Ta strona korzysta z ciasteczek.</p><button>Zgoda</button>'],
    ['Japanese', '<p>当サイトはクッキーを使用しています。</p><button>同意する</button>'],
    ['Turkish', '<p>Sitemizde çerezler kullanılmaktadır.</p><button>Kabul et</button>'],
  ])('hides a dialog saying %s', (_name, inner) => {
    const doc = page(dialog(inner));
    const p = plan(doc, 'https://news.example.com/');
    expect(p.findings.map((f) => [f.element.id, f.ruleId, f.category])).toEqual([['d', 'consent-dialog', 'consent']]);
    expect(p.findings[0].reason).toMatch(/^dialog saying "/);
  });

  it('reads alertdialogs and open <dialog>s, not closed ones', () => {
    const inner = '<h2>Before you continue</h2><p>This site uses cookies to measure its audience.</p>';
    expect(plan(page(dialog(inner, 'role="alertdialog"')), 'https://news.example.com/').findings.map((f) => f.element.id)).toEqual(['d']);
    const open = page(`<main><article>${ARTICLE}</article></main><dialog id="d" open>${inner}</dialog>`);
    expect(plan(open, 'https://news.example.com/').findings.map((f) => f.element.id)).toEqual(['d']);
    const closed = page(`<main><article>${ARTICLE}</article></main><dialog id="d">${inner}</dialog>`);
    expect(plan(closed, 'https://news.example.com/').findings).toEqual([]);
  });

  it('leaves dialogs that say no such thing, and text outside dialogs', () => {
    const signIn = page(dialog('<h2>Sign in</h2><p>By continuing you agree to our terms and consent to our privacy policy.</p><input type="email"><button>Continue</button>'));
    expect(plan(signIn, 'https://news.example.com/').findings).toEqual([]);
    const aside = page(`<main><article>${ARTICLE}</article></main><div id="d"><h2>Before you continue</h2><p>We use cookies and data to deliver our services.</p></div>`);
    expect(plan(aside, 'https://news.example.com/').findings).toEqual([]);
  });

  it('never hides a dialog that holds the article (a story opened in a dialog, about cookies)', () => {
    const doc = page(`<div id="d" role="dialog"><article><h1>Why browsers are phasing out third-party cookies</h1>${articleBody(5)}</article></div>`);
    expect(plan(doc, 'https://news.example.com/').findings).toEqual([]);
  });
});

describe('rails of linked headlines that no heading names', () => {
  const teaser = (n: number, title = `Story number ${n} about the harbour and its plans`) => `<div class="card"><a href="/s${n}"><img src="data:," alt=""><h3>${title}</h3></a><span>2 hours ago</span></div>`;
  const rail = (count: number, title?: (n: number) => string) => `<div id="rail">${Array.from({ length: count }, (_, n) => teaser(n, title?.(n))).join('')}</div>`;
  const withRail = (r: string, article = ARTICLE) => page(`<main><article>${article}</article></main><div class="side">${r}<p>${'The harbour office is open on weekdays from nine until five, and on Saturday mornings. '.repeat(2)}</p></div>`);

  it('hides a grid of four or more teasers beside the article, whatever it is called', () => {
    const doc = withRail(rail(6));
    const p = plan(doc, 'https://news.example.com/story');
    expect(p.findings.map((f) => [f.element.id, f.ruleId, f.category, f.reason])).toEqual([['rail', 'teaser-rail', 'related', '6 linked headlines']]);
    expect(hiddenText(doc).visible).toContain('The harbour office is open on weekdays');
  });

  it.each([
    ['three teasers', rail(3)],
    ['a menu of linked section names', rail(6, (n) => ['News', 'Sport', 'Business', 'Culture', 'Travel', 'Opinion'][n])],
    ['teasers inside a navigation landmark', `<nav>${rail(6)}</nav>`],
    ['a list of stories, each with its summary (running text)', `<div id="rail">${Array.from({ length: 5 }, (_, n) => `<div>${teaser(n)}<p>A summary of story ${n}, long enough to be read as running text by the page index.</p></div>`).join('')}</div>`],
  ])('keeps %s', (_what, r) => {
    const p = plan(withRail(r), 'https://news.example.com/story');
    expect(p.findings.filter((f) => f.ruleId === 'teaser-rail')).toEqual([]);
  });

  it('keeps linked headlines inside the article (a round-up) and on a page with no article of its own (a section front)', () => {
    const roundUp = `<h1>Five stories from the coast</h1>${articleBody(4)}${rail(5)}`;
    expect(plan(withRail('', roundUp), 'https://news.example.com/story').findings.filter((f) => f.ruleId === 'teaser-rail')).toEqual([]);
    const front = page(`<main><h1>Harbour news</h1>${rail(8)}</main>`);
    expect(plan(front, 'https://news.example.com/harbour').findings.filter((f) => f.ruleId === 'teaser-rail')).toEqual([]);
  });

  it('keeps the rails of a front page whose lead story has running text of its own: its headlines outweigh the story', () => {
    const lead = `<h1>Council approves the crossing</h1>${articleBody(4)}`;
    const sections = Array.from({ length: 6 }, (_, s) => `<section>${rail(8, (n) => `Section ${s} story ${n}: the harbour, the ferry and the bridge`)}</section>`).join('');
    const doc = page(`<main><article>${lead}</article>${sections}</main>`);
    expect(plan(doc, 'https://news.example.com/').findings.filter((f) => f.ruleId === 'teaser-rail')).toEqual([]);
    // The same story with one rail beside it is a story page.
    expect(plan(withRail(rail(8), lead), 'https://news.example.com/story').findings.filter((f) => f.ruleId === 'teaser-rail')).toHaveLength(1);
  });
});

describe('cookie notices that are no dialog', () => {
  const withNotice = (notice: string) => `<main><article>${ARTICLE}</article></main>${notice}`;
  it('hides the notice of Google’s cookie choices (Blogger) by its markup, whatever its language', () => {
    const notice = '<div id="cookieChoiceInfo" class="cookie-choices-info"><div class="cookie-choices-inner"><span class="cookie-choices-text">Ce site utilise des cookies provenant de Google pour fournir ses services et analyser le trafic. Votre adresse IP et votre user-agent sont partagés avec Google.</span><span class="cookie-choices-buttons"><a href="#" id="cookieChoiceDismiss">Ça roule</a></span></div></div>';
    const p = plan(page(withNotice(notice)), 'https://example.blogspot.com/2024/01/post.html');
    expect(p.findings.map((f) => [f.element.id, f.ruleId])).toEqual([['cookieChoiceInfo', 'consent-manager']]);
  });
  it.each([
    ['a bar with a button', '<div id="n" class="privacy-bar"><p>We use cookies to measure how the site is used. Read our <a href="/cookies">cookie policy</a>.</p><button>I Accept</button></div>', 'n'],
    ['a link saying "Accept" in its sentence', '<div id="n"><p>This website uses cookies to improve your experience. <a href="#" class="accept">Accept</a> <a href="/more">Read more</a></p></div>', 'n'],
    ['an icon close button', '<div id="n"><p>This website uses cookies to count visitors. <button class="close">×</button></p></div>', 'n'],
    ['a button named by its aria-label', '<div id="n"><span>Cookies help us deliver our services.</span><button aria-label="Dismiss"><svg></svg></button></div>', 'n'],
    ['German, an input as the button', '<div id="n"><p>Wir verwenden Cookies, um zu messen, wie die Seite genutzt wird, und um Ihnen passende Inhalte zu zeigen.</p><input type="button" value="Alle akzeptieren"></div>', 'n'],
    ['Spanish', '<div id="n"><p>Utilizamos cookies propias y de terceros para analizar el uso de la web y mostrarle publicidad relacionada.</p><a href="#" role="button">Aceptar y cerrar</a></div>', 'n'],
    ['Dutch, a link that goes nowhere', '<div id="n"><span>Deze site gebruikt cookies van Google om services te leveren en verkeer te analyseren. Informatie over je gebruik van deze site wordt gedeeld met Google.</span><span><a href="https://help.example.com/cookies">Meer informatie</a><a href="#">Ik snap het</a></span></div>', 'n'],
  ])('hides %s', (_what, notice, id) => {
    const p = plan(page(withNotice(notice)), 'https://news.example.com/story');
    expect(p.findings.map((f) => [f.element.id, f.ruleId, f.category])).toEqual([[id, 'consent-notice', 'consent']]);
    expect(p.findings[0].reason).toMatch(/^notice saying "cookies"/i);
  });

  it.each([
    ['a footer whose only cookies are a link, beside a sign-up form’s "OK"', '<footer><div><p>The morning timetable:</p><input type="text" name="town"> <button>OK</button><ul><li><a href="/privacy">Privacy notice</a></li><li><a href="/cookies">Cookie policy</a></li><li><a href="/contact">Contact the newsroom</a></li><li><a href="/corrections">Corrections</a></li><li><a href="/jobs">Work with us</a></li></ul></div></footer>'],
    ['a box whose "Accept" is a link to a page (navigation, whatever it says)', '<div><p>Our cookie recipes, tested by readers this week, with a free printable card.</p><a href="/recipes/accept">Accept</a></div>'],
    ['a box that speaks of cookies with no accepting button', '<div><p>Our bakery’s cookies are baked fresh every morning.</p><button>Order now</button></div>'],
    ['a button saying "Accept" far from any word of cookies', `<section><p>${'The ferry timetable changes in May, and the harbour office will post it on the quay. '.repeat(14)}</p><p>Cookies are sold at the kiosk.</p><button>Accept</button></section>`],
  ])('keeps %s', (_what, notice) => {
    const p = plan(page(withNotice(notice)), 'https://news.example.com/story');
    expect(p.findings.filter((f) => f.ruleId === 'consent-notice')).toEqual([]);
  });

  it('keeps a button inside the article, whatever the story says of cookies', () => {
    const doc = page(`<main><article><h1>How the tracking works</h1>${articleBody(4)}<div><p>Sites store cookies in your browser to recognise you.</p><button>OK</button></div></article></main>`);
    expect(plan(doc, 'https://news.example.com/story').findings.filter((f) => f.ruleId === 'consent-notice')).toEqual([]);
  });

  it('leaves a consent dialog to the dialog rule (one finding, rule order)', () => {
    const doc = page(withNotice('<div style="position: fixed; inset: 0"><div id="d" role="dialog"><p>We use cookies to measure how the site is used and to show you ads that match what you read.</p><button>Accept all</button></div></div>'));
    expect(plan(doc, 'https://news.example.com/story').findings.map((f) => [f.element.id, f.ruleId])).toEqual([['d', 'consent-dialog']]);
  });
});

describe('subscription promos', () => {
  it('hides a membership box in the story, never a section of the story under such a heading', () => {
    const section = '<section id="s"><h2>Become a member</h2><p>The rowing club has opened its doors to new members for the first time in a decade, and the waiting list, which once ran to four years, has been cleared in a single weekend of open days.</p><p>Anyone over sixteen can join; the fee is forty pounds a year, with boats, oars and coaching included, and the club says it will add evening sessions if more people sign up.</p></section>';
    const doc = page(`<main><article>${ARTICLE}${section}<div id="promo"><h3>Support our journalism</h3><p>Readers keep this site free. Give from £2 a month.</p><a href="/give">Give now</a></div></article></main>`);
    const p = plan(doc, 'https://news.example.com/');
    expect(p.findings.map((f) => [f.element.id, f.ruleId, f.category])).toEqual([['promo', 'promo-heading', 'promo']]);
  });
});

describe('blog platforms’ widgets', () => {
  it('hides related, popular and recent posts and recent comments widgets by their markup, whatever their headings say, in the post and beside it', () => {
    const doc = page(`<article><h1>Council approves the crossing</h1><div class="entry-content">${articleBody(5)}<div id="jp-relatedposts" class="jp-relatedposts"><h3><em>Also on the blog</em></h3><div><h4><a href="/a">The first crossing</a></h4></div></div></div></article>` +
      `<aside><section class="widget widget_top-posts"><h2>Read lately</h2><ul><li><a href="/b">The second crossing</a></li></ul></section><section class="widget widget_recent_entries"><h2>On the blog</h2><ul><li><a href="/c">The third crossing</a></li></ul></section><section class="widget widget_recent_comments"><h2>Your words</h2><ul><li>Sam on <a href="/a#c1">The first crossing</a></li></ul></section>` +
      `<div class="yarpp-related"><h3>Ähnliche Beiträge aus dem Archiv</h3><ol><li><a href="/d">The fourth crossing</a></li></ol></div><div class="widget PopularPosts"><h2>Much read</h2><ul><li><a href="/e">The fifth crossing</a></li></ul></div></aside>`);
    const { visible, ruleIds } = hiddenText(doc);
    for (const title of ['first', 'second', 'third', 'fourth', 'fifth']) expect(visible).not.toContain(`The ${title} crossing`);
    expect(ruleIds.filter((id) => id === 'related-widget')).toHaveLength(5);
    expect(ruleIds).toContain('comments-widget');
    expect(visible).toContain('The regional council approved the plan');
  });
  it('hides a comments section whose count heading sits under a higher-ranked "Leave a comment": headings one rule names head one section', () => {
    const comment = (n: number) => `<div class="comment" id="comment-${n}"><span class="author">Reader ${n}</span><div class="comment-content"><p>${'I made this jam today and it turned out well, although the recipe could say how much fruit to prepare. '.repeat(2)}</p></div><a class="comment-reply-link" href="#comment-${n}">Reply</a></div>`;
    const doc = page(`<div class="post"><article><h1>Spiced pear jam</h1><div class="entry-content">${articleBody(6)}</div></article><div class="post-comments" id="comments"><div class="post-title-box"><h4>2 comments</h4></div><div class="comments">${comment(1)}${comment(2)}</div><div class="reply-box"><h3><span>Leave a Comment</span></h3><textarea name="comment"></textarea><button>Post</button></div></div></div>`);
    const p = plan(doc, 'https://blog.example.com/jam');
    expect(p.findings.map((f) => [f.element.id, f.ruleId])).toEqual([['comments', 'comments-heading']]);
    // Two sections another rule's heading parts stay apart: "Related" and the comments.
    const apart = page(`<div class="post"><article><h1>Spiced pear jam</h1><div class="entry-content">${articleBody(6)}</div></article><div id="below"><div id="rel"><h3>Related posts</h3><ul><li><a href="/a">Apple butter</a></li></ul></div><div id="talk"><h2>Comments</h2>${comment(1)}</div></div></div>`);
    expect(plan(apart, 'https://blog.example.com/jam').findings.map((f) => [f.element.id, f.ruleId])).toEqual([['rel', 'related-heading'], ['talk', 'comments-heading']]);
  });
  it('hides Jetpack’s share buttons and like button under a post, whatever their titles say', () => {
    const doc = page(`<article><h1>Council approves the crossing</h1><div class="entry-content">${articleBody(5)}<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Pass it on:</h3><div class="sd-content"><ul><li><a class="share-twitter" href="/x?share=twitter">Twitter</a></li><li><a class="share-facebook" href="/x?share=facebook">Facebook</a></li></ul></div></div></div><div id="like-post-wrapper-1" class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder"><span>Like</span> <span>Loading...</span></div></div></div></article>`);
    const { visible, ruleIds } = hiddenText(doc);
    expect(visible).not.toContain('Pass it on');
    expect(visible).not.toContain('Like this');
    expect(ruleIds).toEqual(['social-widget', 'social-widget']);
    expect(visible).toContain('The regional council approved the plan');
  });
  it('hides WordPress comments: their title ("10 thoughts on “…”", however long) and their list, by the classes themes give them, and by the title alone', () => {
    const comment = (n: number) => `<li id="comment-${n}" class="comment"><article><footer><b class="fn">Reader ${n}</b> <time>August 8, 2018 at 3:17 pm</time></footer><div class="comment-content"><p>${'I tried this on my own site and it worked, although the second step took longer than the post says. '.repeat(2)}</p></div></article></li>`;
    const byClass = page(`<article><h1>Business focus</h1><div class="entry-content">${articleBody(5)}</div></article><div id="comments"><h3 class="comments-title">10 thoughts on “Business Focus: Why Some People Triumph Online and Others Never Make It”</h3><ol class="comment-list">${comment(1)}${comment(2)}</ol></div>`);
    const first = hiddenText(byClass);
    expect(first.visible).not.toContain('Reader 1');
    expect(first.visible).not.toContain('10 thoughts on');
    expect(first.visible).toContain('The regional council approved the plan');
    expect(first.ruleIds).toContain('comments-widget');
    // A theme of its own classes: the title's words find it.
    const byTitle = page(`<article><h1>Business focus</h1><div class="entry-content">${articleBody(5)}</div></article><section id="talk"><h3>2 comments on “Business focus”</h3><ul>${comment(1)}</ul></section>`);
    const second = hiddenText(byTitle);
    expect(second.visible).not.toContain('Reader 1');
    expect(second.ruleIds).toEqual(['comments-heading']);
  });
});

/** Rails a site names for itself: "More Washington Examiner", "Today on WebMD". */
describe('rails named for the site', () => {
  const rail = (title: string) => `<main><article>${ARTICLE}</article><aside id="rail"><h2>${title}</h2><ul><li><a href="/a">The ferry returns to the island after two years</a></li><li><a href="/b">Harbour master retires after forty winters</a></li></ul></aside></main>`;
  it('takes the site’s name from its host and its og:site_name, spanning words, and leaves what is left of the label', () => {
    const doc = page('');
    expect(siteNames(doc, 'https://www.harbourtimes.example.co.uk/news/1')).toEqual(['harbourtimes', 'example']);
    const named = parseHtml('<html><head><meta property="og:site_name" content="The Ledger"></head><body></body></html>', 'https://edition.ledger-news.example/x');
    expect(siteNames(named, 'https://edition.ledger-news.example/x')).toEqual(['theledger', 'edition', 'ledgernews', 'example']);
    expect(withoutSiteName('more harbour times', ['harbourtimes'])).toBe('more');
    expect(withoutSiteName('today on harbourtimes', ['harbourtimes'])).toBe('today on');
    expect(withoutSiteName('harbour times', ['harbourtimes'])).toBeNull();
    expect(withoutSiteName('more harbour news', ['harbourtimes'])).toBeNull();
    expect(withoutSiteName('more times', ['harbourtimes'])).toBeNull();
  });
  it('hides a rail headed with the site’s name and a rail’s words, on that site only', () => {
    const onSite = plan(page(rail('More Harbour Times')), 'https://www.harbourtimes.example/story');
    expect(onSite.findings.map((f) => [f.element.id, f.ruleId, f.reason])).toEqual([['rail', 'related-heading', 'heading "More Harbour Times"']]);
    expect(plan(page(rail('More Harbour Times')), 'https://news.example.com/story').findings).toEqual([]);
    // The site's name with words of no rail, and a rail's word with no site's name.
    expect(plan(page(rail('Harbour Times wins an award')), 'https://www.harbourtimes.example/story').findings).toEqual([]);
    expect(plan(page(rail('More rain expected')), 'https://www.harbourtimes.example/story').findings).toEqual([]);
    // By its og:site_name, in German.
    const named = (title: string) => parseHtml(`<html><head><meta property="og:site_name" content="Rheinkurier"></head><body>${rail(title)}</body></html>`, 'https://www.rk-online.example/a');
    expect(plan(named('Mehr vom Rheinkurier'), 'https://www.rk-online.example/a').findings.map((f) => f.element.id)).toEqual(['rail']);
    expect(plan(named('Der Rheinkurier im Wandel'), 'https://www.rk-online.example/a').findings).toEqual([]);
    // An app bar that names the site ("Northwind is better in the app"): app-prompt-heading's own site-named words.
    const bar = page(`<main><article>${ARTICLE}</article></main><div id="bar" style="position:fixed;bottom:0"><span>Harbour Times is better in the app</span><a href="https://harbourtimes.app.link/open">Open</a></div>`);
    expect(plan(bar, 'https://www.harbourtimes.example/story').findings.map((f) => [f.element.id, f.ruleId])).toEqual([['bar', 'app-prompt-heading']]);
    // A name written with a hyphen.
    const hyphen = page(`<main><article>${ARTICLE}</article><aside id="rail"><h2>Elsewhere on pv-magazine</h2><ul><li><a href="/a">Solar tariffs cut in the new budget</a></li></ul></aside></main>`);
    expect(plan(hyphen, 'https://www.pv-magazine.example/story').findings.map((f) => f.element.id)).toEqual(['rail']);
  });
});

/** Buttons to follow a publisher's channel on a messaging app or a news reader. */
describe('channel links', () => {
  it.each([
    ['a Google News button between the paragraphs', `<div class="cta"><a href="https://news.google.com/publications/CAAqBwgKMKexample?hl=en-US">Follow the Harbour Times on Google News</a></div>`],
    ['a WhatsApp channel button with its icon, in Portuguese', `<div class="wa"><a href="https://whatsapp.com/channel/0029VaExample"><svg viewBox="0 0 1 1"></svg><span>Siga o canal do Jornal no WhatsApp e receba as principais notícias</span></a></div>`],
    ['a Telegram badge', `<div class="tg"><a href="https://t.me/harbourtimes"><img src="data:," alt="Telegram"></a></div>`],
    ['Google’s preferred-source button', `<div class="pref"><a href="https://www.google.com/preferences/source?q=harbourtimes.example">Add us as a preferred source on Google</a></div>`],
  ])('hides %s', (_what, cta) => {
    const body = articleBody(4).split('\n');
    const doc = page(`<main><article><h1>Council approves the crossing</h1>${body.slice(0, 2).join('')}${cta}${body.slice(2).join('')}</article></main>`);
    const { ruleIds, visible } = hiddenText(doc);
    expect(ruleIds).toEqual(['channel-links']);
    expect(visible).toContain('Engineers expect the first phase');
  });
  it.each([
    ['a story’s link to a channel in a sentence', `<p>The ministry posted the order on <a href="https://t.me/ministrychannel">its Telegram channel</a> late on Sunday, hours before it took effect.</p>`],
    ['a list of the channels a story is about, by their names', `<ul><li><a href="https://t.me/harbourwatch">Harbour Watch</a></li><li><a href="https://t.me/ferrynews">Ferry News</a></li></ul>`],
    ['a link to a Telegram post, not a channel', `<div><a href="https://t.me/harbourtimes/1234">Follow the thread</a></div>`],
  ])('keeps %s', (_what, html) => {
    const doc = page(`<main><article><h1>Council approves the crossing</h1>${articleBody(3)}${html}${articleBody(1)}</article></main>`);
    expect(plan(doc, 'https://news.example.com/story').findings).toEqual([]);
  });
});

/** Share buttons by where they go. */
describe('run-in heads', () => {
  it('keeps a story\'s paragraph that opens with a run-in head a rule names ("UP NEXT")', () => {
    const doc = page(`<main><article>${ARTICLE}<p><strong>UP NEXT</strong><br> The Wildcats close the regular season at home against Ferris on Friday at 4 p.m.</p></article></main>`);
    expect(plan(doc, 'https://news.example.com/story').findings).toEqual([]);
  });
  it('still hides a link line that opens with one ("Read next: " + a headline)', () => {
    const { ruleIds } = hiddenText(page(`<main><article>${ARTICLE}<p><strong>Read next:</strong> <a href="/a">Ferry timetable changes for the winter season</a></p></article></main>`));
    expect(ruleIds).toEqual(['related-heading']);
  });
});

describe('AMP share buttons', () => {
  it('hides an AMP page\'s share buttons by their element', () => {
    const { ruleIds, visible } = hiddenText(page(`<main><article>${ARTICLE}<amp-social-share type="facebook" aria-label="Share on Facebook">Share on Facebook</amp-social-share></article></main>`));
    expect(ruleIds).toEqual(['social-widget']);
    expect(visible).not.toContain('Share on Facebook');
  });
});

describe('share links', () => {
  const fb = 'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example.com%2Fstory';
  const tw = 'https://twitter.com/intent/tweet?url=https%3A%2F%2Fnews.example.com%2Fstory';
  const story = (html: string) => {
    const body = articleBody(4).split('\n');
    return page(`<main><article><h1>Council approves the crossing</h1>${body.slice(0, 2).join('')}${html}${body.slice(2).join('')}</article></main>`);
  };
  it('hides a bar of share buttons with its count, whatever the buttons say', () => {
    const doc = story(`<div class="tools" id="bar"><span>2,192 shares</span><ul><li><a href="${fb}"><svg viewBox="0 0 1 1"></svg></a></li><li><a href="${tw}">Post</a></li><li><a href="mailto:?subject=Council%20approves">Email</a></li><li><a href="#" class="copy">Copy link</a></li></ul></div>`);
    expect(plan(doc, 'https://news.example.com/story').findings.map((f) => [f.element.id, f.ruleId])).toEqual([['bar', 'share-links']]);
  });
  it('hides the bar, not the byline and date beside it', () => {
    const doc = story(`<div class="meta"><span>By Ana Ruiz</span> <a href="/authors/ana-ruiz">Profile</a> <time>Feb. 21, 2019</time><div class="share" id="bar"><a href="${fb}">Share</a><a href="${tw}">Tweet</a></div></div>`);
    const { ruleIds, visible } = hiddenText(doc);
    expect(ruleIds).toEqual(['share-links']);
    expect(visible).toContain('By Ana Ruiz');
    expect(visible).toContain('Feb. 21, 2019');
    expect(visible).not.toContain('Tweet');
  });
  it('hides a Blogger post\'s share buttons', () => {
    const share = (target: string) => `https://www.blogger.com/share-post.g?blogID=1&amp;postID=2&amp;target=${target}`;
    const doc = story(`<div class="post-share-buttons" id="bar"><a href="${share('email')}" title="Email This">Email This</a> <a href="${share('blog')}">BlogThis!</a> <a href="${share('twitter')}">Share to Twitter</a></div>`);
    expect(plan(doc, 'https://news.example.com/story').findings.map((f) => [f.element.id, f.ruleId])).toEqual([['bar', 'share-links']]);
  });
  it('keeps a story’s links to a network’s pages and to a post', () => {
    const doc = story(`<p>The council posted the plan on <a href="https://www.facebook.com/harbourcouncil">its Facebook page</a> and <a href="https://twitter.com/harbourcouncil/status/1234">on Twitter</a>.</p><div><a href="https://twitter.com/harbourcouncil">@harbourcouncil</a></div>`);
    expect(plan(doc, 'https://news.example.com/story').findings).toEqual([]);
  });
});

/** Sign-up prompts by their link to the site's newsletter page. */
describe('newsletter sign-up links', () => {
  const around = (html: string, inside = true) => {
    const body = articleBody(4).split('\n');
    return inside
      ? page(`<main><article><h1>Council approves the crossing</h1>${body.slice(0, 2).join('')}${html}${body.slice(2).join('')}</article></main>`)
      : page(`<main><article><h1>Council approves the crossing</h1>${body.join('')}</article>${html}</main>`);
  };
  it.each([
    ['a box with a name no heading rule knows, and its button', `<div><h3>Weekly Dispatch</h3><p>Our best stories, once a week, from the editors.</p><a href="/newsletters/weekly">Sign up</a></div>`, false, 'Weekly Dispatch'],
    ['a line in the story that ends with the call, in Spanish', `<p>Recibe cada mañana las noticias de la ciudad en tu correo. <a href="/boletin">Apúntate a nuestro boletín</a>.</p>`, true, 'Recibe cada mañana'],
    ['a line after the story in French, whose call is "Je m\'inscris"', `<div><p>Recevez chaque matin l'essentiel de l'actualité régionale. <a href="/newsletters/matin">Je m'inscris</a></p></div>`, false, 'Recevez chaque matin'],
    ['a line in the story whose call names the newsletter', `<div><p><strong>Love food news?</strong> <a href="/newsletters/food">Get the Lantern's weekly food newsletter.</a></p></div>`, true, 'Love food news'],
    ['a line after the story with the call in a sentence of its own', `<div><p>Get the latest from the Harbour Times delivered to your inbox. <a href="https://www.harbourtimes.example/newsletters">Sign up for our Breaking newsletter</a>.</p></div>`, false, 'Get the latest'],
  ])('hides %s', (_what, html, inside, gone) => {
    const { ruleIds, visible } = hiddenText(around(html, inside));
    expect(ruleIds).toEqual(['newsletter-link']);
    expect(visible).not.toContain(gone);
    expect(visible).toContain('Engineers expect the first phase');
    expect(visible).toContain('Supporters said the scheme');
  });
  it.each([
    ['a story’s sentence that names a newsletter', `<p>The mayor wrote about the crossing in <a href="/newsletters/mayor">her newsletter</a> last week, which goes to five thousand readers.</p>`],
    ['a story’s sentence that links a newsletter it names', `<p>Residents who want the minutes can <a href="/newsletters/council">get the council's monthly newsletter</a> at the library, the clerk said.</p>`],
    ['a sentence that goes on after the call', `<p>Readers can <a href="/newsletters">sign up</a> for the council's letter, which costs nothing, from the library's desk.</p>`],
    ['a menu’s link to the newsletters', `<nav><a href="/news">News</a><a href="/newsletters">Newsletters</a><a href="/newsletters">Sign up</a></nav>`],
    ['a header’s "Subscribe" beside the logo', `<div class="top"><a href="/"><img src="data:," alt="Harbour Times"></a><span>News, views and tides</span><a href="/newsletter">Subscribe</a></div>`],
    ['a picture that links to the newsletter and says no call', `<div class="promo"><span>The Morning After</span><a href="/about/newsletter"><img src="data:," alt="The Morning After logo"></a></div>`],
  ])('keeps %s', (_what, html) => {
    const doc = around(html, !html.startsWith('<nav') && !html.startsWith('<div class="top"'));
    expect(plan(doc, 'https://news.example.com/story').findings).toEqual([]);
  });
});

/** Subscription prompts by their link to the publication's subscription page. */
describe('subscription links', () => {
  const story = (html: string) => {
    const body = articleBody(4).split('\n');
    return page(`<main><article><h1>Council approves the crossing</h1>${body.slice(0, 2).join('')}${html}${body.slice(2).join('')}</article></main>`);
  };
  it('hides a line in the story that ends with its call', () => {
    const { ruleIds, visible } = hiddenText(story(`<div><p>This story is from our Winter issue. <a href="/subscribe?ref=inline">Subscribe to get the print edition</a>.</p></div>`));
    expect(ruleIds).toEqual(['subscribe-link']);
    expect(visible).not.toContain('Winter issue');
    expect(visible).toContain('Engineers expect the first phase');
  });
  it.each([
    ['a story\'s sentence about a subscription', `<p>The council will <a href="/subscriptions/parking">raise the price of a parking subscription</a> by a fifth next year, the treasurer said.</p>`],
    ['a link to the subscription page that asks nothing', `<p>Read the <a href="/subscribe/terms">terms of service</a>.</p>`],
  ])('keeps %s', (_what, html) => {
    expect(plan(story(html), 'https://news.example.com/story').findings).toEqual([]);
  });
});

/** Donation appeals by their link to the organisation's donation page. */
describe('donation links', () => {
  const story = (html: string) => {
    const body = articleBody(4).split('\n');
    return page(`<main><article><h1>Council approves the crossing</h1>${body.slice(0, 2).join('')}${html}${body.slice(2).join('')}</article></main>`);
  };
  it('hides a box in the story with its call', () => {
    const { ruleIds, visible } = hiddenText(story(`<div><h3>£20 could help a family get clean water</h3><p>Your gift helps us reach the next village.</p><a href="/donate?src=inline">Give now</a></div>`));
    expect(ruleIds).toEqual(['donate-link']);
    expect(visible).not.toContain('£20 could help');
    expect(visible).toContain('Engineers expect the first phase');
  });
  it('keeps a story\'s sentence that links a fundraiser', () => {
    expect(plan(story(`<p>Neighbours have raised £4,000 so far, and the family asks readers to <a href="https://fund.example/donate/smith-family">donate to the fundraiser</a> if they can, or to share it.</p>`), 'https://news.example.com/story').findings).toEqual([]);
  });
});

/** Shop buttons and price boxes by their link to a shop's affiliate programme. */
describe('shop links', () => {
  const story = (html: string) => {
    const body = articleBody(4).split('\n');
    return page(`<main><article><h1>Council approves the crossing</h1>${body.slice(0, 2).join('')}${html}${body.slice(2).join('')}</article></main>`);
  };
  it.each([
    ['a price box with its label', `<div class="box"><h4>Where to buy</h4><ul><li><a href="https://www.amazon.com/dp/B08X?tag=site-20">$349 at Amazon</a></li><li><a href="https://www.amazon.co.uk/dp/B08X?tag=site-21">£329 at Amazon</a></li></ul></div>`, '$349 at Amazon'],
    ['a button alone', `<div class="cta"><a class="button" href="https://amzn.to/3xYz">Buy the Pixelate 4a</a></div>`, 'Buy the Pixelate 4a'],
    ['a line a lead-in opens and the call ends', `<p><strong>Where to stay:</strong> <a href="https://www.booking.com/hotel/pt/casa.html?aid=1234">check prices on Booking.com</a></p>`, 'Where to stay'],
  ])('hides %s', (_what, html, gone) => {
    const { ruleIds, visible } = hiddenText(story(html));
    expect(ruleIds).toEqual(['shop-links']);
    expect(visible).not.toContain(gone);
    expect(visible).toContain('Engineers expect the first phase');
  });
  it('hides a "Where to watch" box by its rental link', () => {
    const { ruleIds, visible } = hiddenText(story(`<div class="wtw"><h3>Where to watch</h3><ul><li><a rel="sponsored" href="https://www.amazon.com/gp/video/detail/B0X?tag=site-20">Rent on Prime Video</a></li><li><a href="https://tv.apple.com/movie/x">Apple TV</a></li></ul></div>`));
    expect(ruleIds).toEqual(['shop-links']);
    expect(visible).not.toContain('Where to watch');
  });
  it('hides the button, not the review box around it', () => {
    const { hidden } = hiddenText(story(`<div class="verdict"><h3>Pros</h3><ul><li>Excellent camera for the price</li><li>Clean software with three years of updates</li></ul><h3>Cons</h3><ul><li>Plastic body picks up scratches</li></ul><div class="buy"><a href="https://www.amazon.com/dp/B08X?tag=site-20">$349 at Amazon</a></div></div>`));
    expect(hidden).toEqual(['$349 at Amazon']);
  });
  it.each([
    ['a story\'s sentence that links the product', `<p>The Anker 737 is the best power bank for laptops we tested, with 140W of output and a screen that shows its charge. <a href="https://www.amazon.com/dp/B09?tag=site-20">$89.99 at Amazon</a></p>`],
    ['a link to a shop with no affiliate tag', `<div class="cta"><a href="https://www.amazon.com/dp/B08X">Buy the Pixelate 4a</a></div>`],
    ['an affiliate link that names the product', `<div class="cta"><a href="https://www.amazon.com/dp/B08X?tag=site-20">Pixelate 4a</a></div>`],
  ])('keeps %s', (_what, html) => {
    expect(plan(story(html), 'https://news.example.com/story').findings).toEqual([]);
  });
});

/** Prompts asking to allow notifications: a web-push service's widgets by their markup, any other dialog by what it says. */
describe('notification prompts', () => {
  const dialog = (inner: string, attrs = 'role="dialog"') => `<main><article>${ARTICLE}</article></main><div id="d" ${attrs}>${inner}</div>`;
  it.each([
    ['English', '<p>We’d like to send you notifications for the latest news and updates.</p><button>Allow</button><button>No thanks</button>'],
    ['English, "get notified"', '<h2>Never miss a story</h2><p>Get notified when we publish.</p><button>Yes please</button>'],
    ['German', '<p>Wollen Sie Push-Benachrichtigungen von uns erhalten?</p><button>Ja</button>'],
    ['French', '<p>Souhaitez-vous activer les notifications pour suivre l’actualité ?</p><button>Oui</button>'],
    ['Spanish', '<p>¿Quieres recibir notificaciones de última hora?</p><button>Sí</button>'],
    ['Japanese', '<p>最新ニュースのプッシュ通知を受け取りますか？</p><button>はい</button>'],
  ])('hides a dialog asking in %s', (_name, inner) => {
    const p = plan(page(dialog(inner)), 'https://news.example.com/');
    expect(p.findings.map((f) => [f.element.id, f.ruleId, f.category])).toEqual([['d', 'notification-dialog', 'notifications']]);
    expect(p.findings[0].reason).toMatch(/^dialog saying "/);
  });

  it('leaves a settings dialog that only lists notifications, and a request outside any dialog', () => {
    const settings = page(dialog('<h2>Account settings</h2><label><input type="checkbox"> Notifications</label><label><input type="checkbox"> Dark mode</label><button>Save</button>'));
    expect(plan(settings, 'https://news.example.com/').findings).toEqual([]);
    const inline = page(`<main><article>${ARTICLE}</article></main><div id="d"><p>Allow notifications to follow this story.</p><button>Allow</button></div>`);
    expect(plan(inline, 'https://news.example.com/').findings).toEqual([]);
  });

  it('hides the widgets of web-push services by their markup: OneSignal’s slide-down and bell, Webpushr’s prompt', () => {
    const doc = page(
      `<main><article>${ARTICLE}</article></main>` +
        '<div id="onesignal-slidedown-container" class="onesignal-slidedown-container"><div id="onesignal-slidedown-dialog"><p>Subscribe to our updates.</p><button>Allow</button></div></div>' +
        '<div id="onesignal-bell-container" class="onesignal-bell-container"><div class="onesignal-bell-launcher"></div></div>' +
        '<div id="webpushr-prompt-wrapper"><p>Stay in the loop.</p></div>',
    );
    const p = plan(doc, 'https://news.example.com/');
    expect(p.findings.map((f) => [f.element.id, f.ruleId, f.category])).toEqual([
      ['onesignal-slidedown-container', 'notification-service', 'notifications'],
      ['onesignal-bell-container', 'notification-service', 'notifications'],
      ['webpushr-prompt-wrapper', 'notification-service', 'notifications'],
    ]);
  });

  it('keeps a consent dialog that also speaks of notifications a consent finding (rule order)', () => {
    const p = plan(page(dialog('<p>We use cookies, and may ask to send you push notifications.</p><button>Accept</button>')), 'https://news.example.com/');
    expect(p.findings.map((f) => f.ruleId)).toEqual(['consent-dialog']);
  });
});

/** Survey invitations and feedback prompts: the services' widgets by their markup, any other dialog by what it says. */
describe('survey and feedback prompts', () => {
  const dialog = (inner: string, attrs = 'role="dialog"') => `<main><article>${ARTICLE}</article></main><div id="d" ${attrs}>${inner}</div>`;
  it.each([
    ['English', '<h2>Got a minute?</h2><p>Would you take a short 2-minute survey about our site?</p><button>Yes</button><button>No thanks</button>'],
    ['English, feedback', '<p>We’d love to hear your feedback on the new article page.</p><button>Give feedback</button>'],
    ['English, the score question', '<p>How likely are you to recommend the Courier to a friend or colleague?</p><ol><li>0</li><li>10</li></ol>'],
    ['German', '<p>Helfen Sie uns: Möchten Sie an einer kurzen Umfrage teilnehmen?</p><button>Ja</button>'],
    ['French', '<p>Pourriez-vous répondre à un court questionnaire sur notre site ?</p><button>Oui</button>'],
    ['Spanish', '<p>¿Nos ayudas? Responde a una breve encuesta.</p><button>Sí</button>'],
    ['Italian', '<p>Partecipa al nostro sondaggio: ci vogliono due minuti.</p><button>Sì</button>'],
    ['Portuguese', '<p>Responda a uma breve pesquisa sobre o nosso site.</p><button>Sim</button>'],
    ['Dutch', '<p>Wilt u deelnemen aan een korte enquête?</p><button>Ja</button>'],
    ['Polish', '<p>Weź udział w krótkiej ankiecie o naszym serwisie.</p><button>Tak</button>'],
    ['Russian', '<p>Пройдите короткий опрос о нашем сайте.</p><button>Да</button>'],
    ['Turkish', '<p>Anketimize katılın, sitemizi geliştirelim.</p><button>Evet</button>'],
    ['Japanese', '<p>サイト改善のためアンケートにご協力ください。</p><button>回答する</button>'],
    ['Chinese', '<p>欢迎参与我们的问卷调查。</p><button>好的</button>'],
    ['Korean', '<p>설문조사에 참여해 주세요.</p><button>참여하기</button>'],
    ['Arabic', '<p>شارك في الاستبيان لمساعدتنا.</p><button>نعم</button>'],
  ])('hides a dialog asking in %s', (_name, inner) => {
    const p = plan(page(dialog(inner)), 'https://news.example.com/');
    expect(p.findings.map((f) => [f.element.id, f.ruleId, f.category])).toEqual([['d', 'survey-dialog', 'surveys']]);
    expect(p.findings[0].reason).toMatch(/^dialog saying "/);
  });

  it.each([
    ['an image viewer whose caption reports a survey', '<figure><img src="p.jpg" alt=""><figcaption>A survey of 2,000 adults found most take the bus to work.</figcaption></figure><button>Close</button>'],
    ['a German caption on a poll', '<p>Umfrage: Mehrheit für mehr Nachtbusse. Das Institut befragte 1.000 Menschen.</p><button>Schließen</button>'],
    ['a French caption on a poll', '<p>Selon un sondage publié jeudi, les habitants veulent plus de bus.</p><button>Fermer</button>'],
    ['a sign-in dialog', '<h2>Sign in</h2><label>Email <input type="email"></label><button>Continue</button>'],
  ])('leaves %s', (_name, inner) => {
    expect(plan(page(dialog(inner)), 'https://news.example.com/').findings).toEqual([]);
  });

  it('leaves a request outside any dialog (a story asking readers for their views)', () => {
    const inline = page(`<main><article>${ARTICLE}<p>Take our survey on night buses and tell us what you think.</p></article></main>`);
    expect(plan(inline, 'https://news.example.com/').findings).toEqual([]);
  });

  it('hides the widgets of survey services by their markup, but not an embedded survey', () => {
    const doc = page(
      `<main><article>${ARTICLE}<div class="smcx-widget smcx-embed" id="embedded"><iframe title="Survey"></iframe></div></article></main>` +
        '<div class="QSIPopOver SI_abc_PopOverContainer" id="qsi"><div><p>Quick question?</p></div></div>' +
        '<div id="MDigitalInvitationWrapper"><div role="dialog"><p>Help us improve.</p><button>Yes</button></div></div>' +
        '<div id="kampyleButtonContainer"><button>Feedback</button></div>' +
        '<div class="_hj-widget-container _hj-widget-theme-light" id="hj"><div><button>Feedback</button></div></div>' +
        '<div class="smcx-widget smcx-modal" id="smcx"><iframe title="Survey"></iframe></div>',
    );
    const p = plan(doc, 'https://news.example.com/');
    expect(p.findings.map((f) => [f.element.id, f.ruleId, f.category])).toEqual([
      ['qsi', 'survey-service', 'surveys'],
      ['MDigitalInvitationWrapper', 'survey-service', 'surveys'],
      ['kampyleButtonContainer', 'survey-service', 'surveys'],
      ['hj', 'survey-service', 'surveys'],
      ['smcx', 'survey-service', 'surveys'],
    ]);
  });

  it('hides a feedback box on the page by its question, and keeps a story section that reports a survey', () => {
    const doc = page(
      `<main><article>${ARTICLE}<div id="fb"><h3>Was this article helpful?</h3><button>Yes</button><button>No</button></div>` +
        '<section id="s"><h2>Survey finds most commuters take the bus</h2><p>Asked how they reached work last week, six in ten of the 2,000 people polled said they had taken a bus at least once, up from four in ten a year before.</p></section></article></main>' +
        '<div id="de"><h2>War dieser Artikel hilfreich?</h2><a href="/feedback?yes">Ja</a> <a href="/feedback?no">Nein</a></div>',
    );
    const p = plan(doc, 'https://news.example.com/');
    expect(p.findings.map((f) => [f.element.id, f.ruleId, f.category])).toEqual([
      ['fb', 'feedback-heading', 'surveys'],
      ['de', 'feedback-heading', 'surveys'],
    ]);
  });

  it('keeps a consent dialog that also asks for feedback a consent finding (rule order)', () => {
    const p = plan(page(dialog('<p>We use cookies to measure the site, and may ask you to take a short survey.</p><button>Accept</button>')), 'https://news.example.com/');
    expect(p.findings.map((f) => f.ruleId)).toEqual(['consent-dialog']);
  });

  it('reads each dialog’s text once however many dialog rules ask', () => {
    const dialogRules = GENERIC_RULES.filter((r) => r.match.kind === 'dialog');
    expect(dialogRules.length).toBeGreaterThan(2);
    const reads = (rules: Rule[]) => {
      const doc = page(dialog('<p>Nothing any rule looks for.</p>'));
      const read = vi.spyOn(doc.getElementById('d')!, 'firstChild', 'get');
      plan(doc, 'https://news.example.com/', {}, { onlyRules: rules });
      return read.mock.calls.length;
    };
    expect(reads(dialogRules)).toBe(reads(dialogRules.slice(0, 1)));
  });
});

/** Sign-up boxes by their form: an email field, and nothing a reader writes. */
describe('sign-up forms', () => {
  const BOX = '<aside id="side"><div id="box"><h3>Morning briefing</h3><p>The day’s stories before breakfast.</p><form action="/join"><input type="email" name="email" placeholder="Your email"><button>Join</button></form><a href="/privacy">Privacy</a></div></aside>';
  // A story of 500 characters or more: a form on a page with less is what the page is for.
  const STORY = `<h1>Council approves the crossing</h1>${articleBody(8)}`;
  const ids = (html: string, url = 'https://news.example.com/') => plan(page(html), url).findings.map((f) => [f.element.id, f.ruleId, f.category]);

  it('hides the box around a form that asks only for an email address, outside the article, heading and blurb with it', () => {
    expect(ids(`<main><article>${STORY}</article></main>${BOX}`)).toEqual([['box', 'newsletter-signup', 'newsletter']]);
    const p = plan(page(`<main><article>${STORY}</article></main>${BOX}`), 'https://news.example.com/');
    expect(p.findings[0].reason).toBe('form asking for an email field');
  });

  it.each([
    ['a sign-in form (a password)', '<form><input type="email" name="email"><input type="password" name="pw"><button>Sign in</button></form>'],
    ['a comment form (a message)', '<form><input name="author"><input type="email" name="email"><textarea name="comment"></textarea><button>Post</button></form>'],
    ['a search form', '<form role="search"><input type="search" name="q" placeholder="Search by name or email"><button>Search</button></form>'],
    ['a form with no email field', '<form><select name="edition"><option>UK</option></select><button>Go</button></form>'],
  ])('leaves %s', (_what, form) => {
    expect(ids(`<main><article>${STORY}</article></main><aside><div>${form}</div></aside>`)).toEqual([]);
  });

  it('leaves a sign-up box inside the article to the heading rules, and a page whose form is what it is for', () => {
    const inside = `<main><article>${STORY}<div id="in"><h3>Cities change fast: keep up</h3><form><input type="email" name="email"><button>Go</button></form></div><p>${articleBody(1)}</p></article></main>`;
    expect(ids(inside)).toEqual([]);
    const reset = '<main><h1>Reset your password</h1><p>Enter the address you signed up with.</p><form id="f"><input type="email" name="email"><button>Send link</button></form></main>';
    expect(ids(reset, 'https://news.example.com/account/reset')).toEqual([]);
  });

  it('hides a newsletter platform’s sign-up widget inside the article by its embed markup (Substack)', () => {
    const widget = '<div class="subscription-widget-wrap" id="sw"><div class="subscription-widget"><p class="cta-caption">Thanks for reading The Margin! Subscribe for free to receive new posts and support my work.</p><form><input type="email" placeholder="Type your email…"><input type="submit" value="Subscribe"></form></div></div>';
    const { ruleIds, visible } = hiddenText(page(`<main><article>${STORY}${widget}<p>${articleBody(1)}</p></article></main>`));
    expect(ruleIds).toEqual(['newsletter-form']);
    expect(visible).not.toContain('Thanks for reading');
    expect(visible).toContain('Engineers expect the first phase');
  });

  it('a user’s form rule with a selector that does not parse is reported, and the rest of the plan runs', () => {
    const bad: Rule = { id: 'user-f', description: 'Hides my blog’s sign-up box.', category: 'newsletter', sites: [], action: 'hide', match: { kind: 'form', asks: 'input[', refuses: 'textarea' } };
    const p = plan(page(`<main><article>${STORY}</article></main>${BOX}`), 'https://news.example.com/', { userRules: [bad] });
    expect(p.errors.join('\n')).toMatch(/Rule "user-f" could not run: invalid selector "input\[/);
    expect(p.findings.map((f) => f.ruleId)).toEqual(['newsletter-signup']);
  });

  it('does not grow into the menus beside the box (a footer is short, but it is links)', () => {
    const menus = ['Sections', 'Opinion', 'Sport', 'Culture', 'Travel', 'Weather', 'Obituaries', 'Crosswords', 'Puzzles', 'Podcasts', 'Letters'].map((m) => `<li><a href="/${m.toLowerCase()}">${m}</a></li>`).join('');
    const footer = `<div id="foot"><div id="nl"><h4>Morning briefing</h4><form><input type="email" name="email"><button>Join</button></form></div><ul>${menus}</ul></div>`;
    expect(ids(`<main><article>${STORY}</article></main><div>${footer}</div>`)).toEqual([['nl', 'newsletter-signup', 'newsletter']]);
  });
});

describe('blockText', () => {
  it('separates blocks with blank lines and never glues words across tags', () => {
    const doc = page('<div><h2>Title</h2><p>One <b>bold</b> word.</p><ul><li>a</li><li>b</li></ul><table><tr><td>x</td><td>y</td></tr></table></div>');
    expect(blockText(doc.body)).toBe('Title\n\nOne bold word.\n\na\n\nb\n\nx\n\ny');
  });
  it('leaves out scripts, styles and inline-hidden elements', () => {
    const doc = page('<p>Shown</p><script>var x</script><style>p{}</style><p hidden>No</p><p style="display:none">No</p>');
    expect(blockText(doc.body)).toBe('Shown');
  });
  it('reads a subtree nested deeper than the call stack goes, blocks and inline text in order', () => {
    // Plain nodes (see `plain`): 20,000 levels, a div and a span in turn.
    let inner = adopt(plain('P'), plain(undefined, 'deepest'));
    for (let i = 0; i < 20_000; i++) inner = adopt(plain(i % 2 ? 'DIV' : 'SPAN'), plain(undefined, `${i} `), inner);
    const text = blockText(inner as unknown as Node);
    const blocks = text.split('\n\n');
    expect(blocks).toHaveLength(10_001);
    expect(blocks.slice(0, 2)).toEqual(['19999 19998', '19997 19996']);
    expect(blocks.slice(-2)).toEqual(['1 0', 'deepest']);
  });
});

describe('open shadow roots', () => {
  it('plans inside a web component on its own, without mistaking its promo for the article', () => {
    const doc = page(`<article>${ARTICLE}</article><promo-rail></promo-rail>`);
    const root = doc.querySelector('promo-rail')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<section><h2>Recommended for you</h2><ul><li><a href="/a">Harbour wall repairs</a></li></ul></section><div><div><b>Download the app</b></div><p>Live tide tables and alerts.</p><a href="https://apps.apple.com/app/id1">App Store</a></div>';
    const p = plan(doc, 'https://news.example.com/', {}, { root });
    expect(p.findings.map((f) => f.ruleId)).toEqual(['related-heading', 'app-prompt-heading']);
    expect(p.findings.every((f) => root.contains(f.element))).toBe(true);
  });

  it("names the open shadow roots it met, each nested root in its host's plan", () => {
    const doc = page(`<article>${ARTICLE}</article><news-rail></news-rail><div id="plain"></div>`);
    const outer = doc.querySelector('news-rail')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<section><promo-card></promo-card></section>';
    const inner = outer.querySelector('promo-card')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<p>Nested</p>';
    doc.getElementById('plain')!.attachShadow({ mode: 'closed' }); // closed roots are the page's own
    expect(plan(doc, 'https://news.example.com/').shadowRoots).toEqual([outer]);
    expect(plan(doc, 'https://news.example.com/', {}, { root: outer }).shadowRoots).toEqual([inner]);
    expect(plan(doc, 'https://news.example.com/', {}, { root: inner }).shadowRoots).toEqual([]);
  });
});

describe('plan phases', () => {
  it('are reported in order as each ends', () => {
    const doc = page(`<article>${ARTICLE}</article><section><h2>Related articles</h2><a href="/1">One</a></section>`);
    const seen: string[] = [];
    const p = plan(doc, 'https://news.example.com/', {}, { onPhase: (phase) => seen.push(phase) });
    expect(seen).toEqual([...PLAN_PHASES]);
    expect(p.findings.map((f) => f.ruleId)).toEqual(['related-heading']);
  });
});

describe('selector rules, native or indexed', () => {
  const pages = [
    ...loadFixtures('rules').map((f) => ({ name: f.name, url: f.url, html: f.html })),
    ...loadCases(`${CORPUS}/cluttered`).map((c) => ({ name: c.name, url: c.url, html: readPage(c) })),
  ];
  let selectorFindings = 0;
  it.each(pages.map((p) => [p.name, p] as const))('find the same on %s', (_name, p) => {
    const doc = parseHtml(p.html, p.url);
    const summary = (result: Plan) => result.findings.map((f) => [f.ruleId, f.element]);
    const indexed = plan(doc, p.url, {}, { computedStyles: false, selectors: 'indexed' });
    selectorFindings += indexed.findings.filter((f) => rulesById.get(f.ruleId)?.match.kind === 'selector').length;
    expect(summary(plan(doc, p.url, {}, { computedStyles: false, selectors: 'native' }))).toEqual(summary(indexed));
  });
  it('on pages where selector rules hide something', () => expect(selectorFindings).toBeGreaterThan(10));
});

describe('a huge page pauses within phases', () => {
  const steps = (gen: Generator<void, unknown, void>) => {
    let pauses = 0;
    while (!gen.next().done) pauses++;
    return pauses;
  };
  it('native queries go part by part, and find what one query over the page finds', () => {
    const doc = parseHtml(generatePage(20_000), 'https://news.example.com/story');
    const index = indexPage(doc.body);
    const queries = [{ selector: 'a[href*="apps.apple.com"]' }, { selector: '.grid > [role="link"], h3' }, { selector: 'div.c b' }, { selector: '#rail-a' }];
    const whole = drain(querySelectorsSteps(doc.body, queries));
    const parts = partsOf(index, CHUNK);
    const gen = querySelectorsSteps(doc.body, queries, parts);
    let pauses = 0;
    let r = gen.next();
    for (; !r.done; r = gen.next()) pauses++;
    const byPosition = (els: Element[]) => els.map((el) => index.position(el)).sort((a, b) => a - b);
    for (const q of queries) {
      expect(byPosition(r.value.get(q)!)).toEqual(byPosition(whole.get(q)!));
      expect(whole.get(q)!.length).toBeGreaterThan(0);
    }
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(index.elements.length / CHUNK) - 1);
  });
  it('a rule pauses among thousands of labels, and the plan finds the same in parts', () => {
    const doc = parseHtml(generatePage(20_000), 'https://news.example.com/story');
    const p = plan(doc, 'https://news.example.com/story', {}, { computedStyles: false, selectors: 'native' });
    const indexed = plan(doc, 'https://news.example.com/story', {}, { computedStyles: false, selectors: 'indexed' });
    expect(p.findings.map((f) => [f.ruleId, f.element])).toEqual(indexed.findings.map((f) => [f.ruleId, f.element]));
    const labels = doc.querySelectorAll('h2, h3, h4').length;
    expect(labels).toBeGreaterThan(2000);
    // Every rule over every label, with a pause each 256 of them at least: more pauses than rules alone would give.
    const pauses = steps(planSteps(doc, 'https://news.example.com/story', {}, { computedStyles: false, selectors: 'native' }));
    const withoutRulePauses = steps(planSteps(doc, 'https://news.example.com/story', {}, { computedStyles: false, selectors: 'native', onlyRules: [] }));
    expect(pauses - withoutRulePauses).toBeGreaterThan((labels / 256) * 9);
  });
});

describe('the user\'s own rules', () => {
  const userRule = (match: import('../../utils/rules/types').Rule['match'], sites: string[] = []) => ({
    id: 'user-x',
    description: 'A block the user picked.',
    category: 'custom' as const,
    sites,
    match,
    action: 'hide' as const,
  });

  it('hide what the user chose, even running text a built-in rule would leave alone', () => {
    const note = `<div id="note">${articleBody(3)}</div>`;
    const doc = page(`<article id="story"><h1>Title</h1>${articleBody(4)}${note}${articleBody(2)}</article>`);
    const rule = userRule({ kind: 'selector', selector: '#note' });
    const p = plan(doc, 'https://news.example.com/a', { userRules: [rule] }, { computedStyles: false });
    expect(p.findings.map((f) => [f.ruleId, f.element.id])).toContainEqual(['user-x', 'note']);
    // The same selector as a built-in rule would be refused: that much running text inside the article is content.
    const index = indexPage(doc.body);
    const guard = createGuard(doc, findArticle(doc, index, doc.body), index);
    expect(guard.canHide(doc.getElementById('note')!)).toBe(false);
  });

  it('never the article itself, its ancestors or the body', () => {
    const doc = page(`<main id="wrap"><article id="story"><h1>Title</h1>${articleBody(6)}</article></main>`);
    for (const selector of ['#story', '#wrap', 'body']) {
      const p = plan(doc, 'https://news.example.com/a', {}, { onlyRules: [userRule({ kind: 'selector', selector })], computedStyles: false });
      expect(p.findings, selector).toEqual([]);
    }
  });

  it('a heading-anchored rule hides the ancestor `up` levels above a real heading with that text', () => {
    const doc = page(`<article><h1>Title</h1>${articleBody(6)}</article><div id="outer"><div id="inner"><h3>Partner offers</h3><a href="/x">Deal</a></div></div><p><span>Partner offers</span></p>`);
    const p = plan(doc, 'https://news.example.com/a', {}, { onlyRules: [userRule({ kind: 'heading', patterns: ['partner offers'], up: 2 })], computedStyles: false });
    expect(p.findings.map((f) => f.element.id)).toEqual(['outer']);
  });

  it('onlyRules plans just those rules, for the sites they name', () => {
    const doc = page(`<article><h1>Title</h1>${articleBody(6)}</article><aside class="promo">Try our app</aside><h2>Related articles</h2><ul><li><a href="/1">One</a></li></ul>`);
    const rule = userRule({ kind: 'selector', selector: 'aside.promo' }, ['news.example.com']);
    expect(plan(doc, 'https://news.example.com/a', {}, { onlyRules: [rule], computedStyles: false }).findings.map((f) => f.ruleId)).toEqual(['user-x']);
    expect(plan(doc, 'https://other.example.org/a', {}, { onlyRules: [rule], computedStyles: false }).findings).toEqual([]);
  });
});
