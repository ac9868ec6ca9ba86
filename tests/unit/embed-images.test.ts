import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderCopy } from '../../utils/export/clean-copy';
import { embedImages, type FetchedImage } from '../../utils/export/embed-images';

const parser = new new JSDOM('').window.DOMParser();
const png = (n: number): FetchedImage => ({ type: 'image/png', bytes: new Uint8Array(n).fill(7) });

describe('embedImages', () => {
  it('embeds remote raster images as data: URIs within the caps, keeps the rest as URLs', async () => {
    const html = '<p>x</p><img src="https://a.example/1.png"><img src="https://a.example/big.png"><img src="https://a.example/page.html"><img src="https://a.example/missing.png"><img src="data:image/gif;base64,R0lGODlh">';
    const fetched: string[] = [];
    const result = await embedImages(
      html,
      async (url) => {
        fetched.push(url);
        if (url.endsWith('1.png')) return png(10);
        if (url.endsWith('big.png')) return png(5000);
        if (url.endsWith('page.html')) return { type: 'text/html', bytes: new Uint8Array(10) };
        throw new Error('network');
      },
      parser,
      { perImage: 1000, total: 2000 },
    );
    expect(result).toMatchObject({ embedded: 1, kept: 3 });
    expect(result.html).toContain('src="data:image/png;base64,BwcHBwcHBwcHBw=="');
    expect(result.html).toContain('src="https://a.example/big.png"');
    expect(result.html).toContain('src="https://a.example/page.html"');
    expect(result.html).toContain('src="data:image/gif;base64,R0lGODlh"');
    expect(fetched).not.toContain('data:image/gif;base64,R0lGODlh');
  });

  it('stops at the total cap', async () => {
    const html = '<img src="https://a.example/1.png"><img src="https://a.example/2.png"><img src="https://a.example/3.png">';
    const result = await embedImages(html, async () => png(600), parser, { perImage: 1000, total: 1300 });
    expect(result).toMatchObject({ embedded: 2, kept: 1 });
  });

  it('a copy with every image embedded needs no network: its CSP allows data: images only and it says nothing about linked images', async () => {
    const meta = { title: 'T', byline: null, siteName: null, published: null, url: 'https://a.example/', savedAt: '2026-11-25T00:00:00.000Z', lang: 'en' };
    const linked = renderCopy(meta, '<img src="https://a.example/1.png">', 'html').text;
    expect(linked).toMatch(/img-src data: https: http:/);
    expect(linked).toContain('Images are linked');
    const { html } = await embedImages('<img src="https://a.example/1.png">', async () => png(4), parser);
    const embedded = renderCopy(meta, html, 'html').text;
    expect(embedded).toMatch(/img-src data:;/);
    expect(embedded).not.toContain('Images are linked');
  });
});
