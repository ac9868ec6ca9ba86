import { JSDOM, ResourceLoader, VirtualConsole, type FetchOptions } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { HIDE_ATTR, OFF_ATTR } from '../../utils/engine/apply';
import { watchFrames } from '../../utils/live/frames';
import { PageCleaners } from '../../utils/live/page-cleaners';
import { articleBody } from '../helpers/dom';
import { until } from '../helpers/until';
import { SYNC } from '../helpers/cleaner-options';

const ORIGIN = 'https://news.example.com';
const STORY = `<main><article><h1>Council approves the crossing</h1>${articleBody(5)}</article></main>`;
const RAIL = '<section class="rail"><h2>Related articles</h2><ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li></ul></section>';

/** Serves every address from `pages` (by path), to the page and its iframes alike. */
class Pages extends ResourceLoader {
  constructor(private readonly pages: Record<string, string>) {
    super();
  }
  override fetch(url: string, options: FetchOptions) {
    const html = this.pages[new URL(url).pathname];
    if (html === undefined || options.element?.localName !== 'iframe') return super.fetch(url, options);
    return Promise.resolve(Buffer.from(`<!doctype html><html><body>${html}</body></html>`)) as ReturnType<ResourceLoader['fetch']>;
  }
}

async function load(top: string, pages: Record<string, string>): Promise<Document> {
  const dom = new JSDOM(`<!doctype html><html><body>${top}</body></html>`, {
    url: `${ORIGIN}/story`,
    resources: new Pages(pages),
    virtualConsole: new VirtualConsole(),
    pretendToBeVisual: true,
  });
  const doc = dom.window.document;
  if (doc.readyState !== 'complete') await new Promise((r) => dom.window.addEventListener('load', r, { once: true }));
  return doc;
}

function frameDoc(doc: Document, id: string): Document {
  return (doc.getElementById(id) as HTMLIFrameElement).contentDocument!;
}


function frameLoaded(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((r) => frame.addEventListener('load', () => r(), { once: true }));
}

describe('watchFrames', () => {
  it('attaches the documents of frames of the same origin, with an address of their own; not about:blank, srcdoc or another origin', async () => {
    const doc = await load(
      `<iframe id="same" src="/frame"></iframe><iframe id="blank"></iframe><iframe id="srcdoc" srcdoc="<p>ad</p>"></iframe><iframe id="other" src="https://ads.example.net/frame"></iframe>`,
      { '/frame': '<p>frame</p>' },
    );
    const seen: string[] = [];
    const stop = watchFrames(doc, (frame) => {
      seen.push(frame.URL);
      return () => seen.push(`gone ${frame.URL}`);
    });
    expect(seen).toEqual([`${ORIGIN}/frame`]);
    stop();
    expect(seen).toEqual([`${ORIGIN}/frame`, `gone ${ORIGIN}/frame`]);
  });

  it('follows frames added later and frames that navigate; lets go of removed ones', async () => {
    const doc = await load('<p>top</p>', { '/a': '<p>a</p>', '/b': '<p>b</p>' });
    const seen: string[] = [];
    const stop = watchFrames(doc, (frame) => {
      seen.push(frame.URL);
      return () => seen.push(`gone ${frame.URL}`);
    });
    const frame = doc.createElement('iframe');
    frame.src = '/a';
    const first = frameLoaded(frame);
    doc.body.append(frame);
    await first;
    expect(seen).toEqual([`${ORIGIN}/a`]);
    const second = frameLoaded(frame);
    frame.src = '/b';
    await second;
    expect(seen).toEqual([`${ORIGIN}/a`, `gone ${ORIGIN}/a`, `${ORIGIN}/b`]);
    // Removed: let go at the next frame's load at the latest (and when the watch stops).
    frame.remove();
    const late = doc.createElement('iframe');
    late.src = '/a';
    const third = frameLoaded(late);
    doc.body.append(late);
    await third;
    expect(seen).toEqual([`${ORIGIN}/a`, `gone ${ORIGIN}/a`, `${ORIGIN}/b`, `gone ${ORIGIN}/b`, `${ORIGIN}/a`]); // let go, then take
    stop();
  });
});

describe('PageCleaners', () => {
  it('cleans the top document and its frames of the same origin as one page: count, show original, dispose', async () => {
    const doc = await load(`${STORY}${RAIL}<iframe id="same" src="/frame"></iframe>`, { '/frame': `${STORY}${RAIL}` });
    const before = frameDoc(doc, 'same').documentElement.outerHTML;
    let changes = 0;
    const page = new PageCleaners(doc, {}, () => changes++, SYNC);
    page.start();
    await until(() => frameDoc(doc, 'same').querySelector(`[${HIDE_ATTR}]`) !== null);
    const rails = [doc, frameDoc(doc, 'same')].map((d) => d.querySelector('.rail')?.getAttribute(HIDE_ATTR));
    expect(rails).toEqual(['related-heading', 'related-heading']);
    expect(page.hiddenCount).toBe(2);
    expect(page.findings.map((f) => f.element.ownerDocument === doc)).toEqual([true, false]);
    expect(changes).toBeGreaterThanOrEqual(2);

    page.setShowOriginal(true);
    expect(page.hiddenCount).toBe(0);
    expect(frameDoc(doc, 'same').documentElement.hasAttribute(OFF_ATTR)).toBe(true);
    page.setShowOriginal(false);

    page.dispose();
    expect(doc.querySelector(`[${HIDE_ATTR}]`)).toBeNull();
    expect(frameDoc(doc, 'same').documentElement.outerHTML).toBe(before);
  });

  it('cleans frames inside frames', async () => {
    const doc = await load(`${STORY}<iframe id="outer" src="/outer"></iframe>`, { '/outer': `<iframe id="inner" src="/inner"></iframe>`, '/inner': `${STORY}${RAIL}` });
    const page = new PageCleaners(doc, {}, () => {}, SYNC);
    page.start();
    const inner = () => frameDoc(frameDoc(doc, 'outer'), 'inner');
    await until(() => inner()?.querySelector('.rail')?.hasAttribute(HIDE_ATTR) === true);
    expect(page.hiddenCount).toBe(1);
    page.dispose();
    expect(inner().querySelector(`[${HIDE_ATTR}]`)).toBeNull();
  });

  it("a removed frame's findings leave the page's count", async () => {
    const doc = await load(`${STORY}${RAIL}<iframe id="same" src="/frame"></iframe>`, { '/frame': `${STORY}${RAIL}` });
    const page = new PageCleaners(doc, {}, () => {}, SYNC);
    page.start();
    await until(() => page.hiddenCount === 2);
    doc.getElementById('same')!.remove();
    expect(page.hiddenCount).toBe(1);
    page.dispose();
  });
});
