import { describe, expect, it } from 'vitest';
import { articleBodyText } from '../../utils/engine/reader-text';
import { page } from '../helpers/dom';

const P = (n: number) => `<p>Paragraph ${n} of the story, long enough to be running text, with clauses, commas and a full stop at the end of it.</p>`;
const body = (html: string) => articleBodyText(page(`<div id="c">${html}</div>`).getElementById('c')!);

describe('articleBodyText: running text only', () => {
  it.each([
    ['figure captions', `${P(1)}<figure><img src="data:," alt="x"><figcaption>The bridge at dawn. Photo: staff</figcaption></figure>${P(2)}`, 'The bridge at dawn'],
    ['caption markup', `${P(1)}<div class="image-caption">Crowds on the quay</div>${P(2)}`, 'Crowds on the quay'],
    ['a short credit line right after an image', `${P(1)}<div><img src="data:," alt="x"></div><span>Getty Images</span>${P(2)}`, 'Getty Images'],
    ['a line equal to an image\'s alt text', `${P(1)}<img src="data:," alt="Engineers on the new turbine frame"><p>Engineers on the new turbine frame</p>${P(2)}`, 'Engineers on the new turbine frame'],
    ['a leading byline and date', `<p>By Jane Smith</p><p>Published: 10:48, Tue, Nov 19, 2019</p>${P(1)}${P(2)}`, 'Jane Smith'],
    ['a trailing "contributed" line', `${P(1)}${P(2)}<p>Fox News' Jessica Doe contributed to this report.</p>`, 'contributed to this report'],
    ['a "Read more:" link line', `${P(1)}<p><a href="/x">READ MORE: Ferry fares to rise in spring</a></p>${P(2)}`, 'Ferry fares'],
    ['an in-body newsletter promo', `${P(1)}<p>Sign up for our newsletter and get the best stories in your inbox</p>${P(2)}`, 'Sign up'],
    ['a trailing list of links', `${P(1)}${P(2)}<h3>More stories</h3><ul><li><a href="/a">One story</a></li><li><a href="/b">Another story</a></li></ul>`, 'Another story'],
  ])('leaves out %s', (_what, html, gone) => {
    const text = body(html);
    expect(text).not.toContain(gone);
    expect(text).toContain('Paragraph 1 of the story');
    expect(text).toContain('Paragraph 2 of the story');
  });

  it.each([
    ['a heading right after an image', `${P(1)}<p><img src="data:," alt="x"></p><h2>What you need</h2>${P(2)}`, 'What you need'],
    ['an author box after a portrait', `${P(1)}${P(2)}<div><img src="data:," alt="Jane"><div><h3>About the author</h3><p>Jane writes about towns and the everyday economy.</p></div></div>`, 'everyday economy'],
    ['a sentence that starts with "Related:"', `${P(1)}<p>Related: the authority's own survey found that small appliances are discarded most.</p>${P(2)}`, "authority's own survey"],
    ['a how-to list item that says "sign up"', `${P(1)}<ul><li>Sign up for a free account with the same email</li><li>Confirm it</li></ul>${P(2)}`, 'Sign up for a free account'],
    ['headings and lists of the story', `<h2>How it works</h2>${P(1)}<ul><li>First point</li><li>Second point</li></ul>${P(2)}`, 'Second point'],
  ])('keeps %s', (_what, html, kept) => {
    expect(body(html)).toContain(kept);
  });
});
