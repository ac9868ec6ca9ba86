import { describe, expect, it } from 'vitest';
import { cloneWithout } from '../../utils/engine/clone';
import { plan } from '../../utils/engine/plan';
import { CORPUS, loadCases, readPage } from '../helpers/corpus';
import { page, parseHtml } from '../helpers/dom';

/** What the reader did before: a deep clone, planned, with the plan's blocks removed. */
function cloneThenRemove(doc: Document, url: string): Document {
  const copy = doc.cloneNode(true) as Document;
  for (const f of plan(copy, url, {}, { computedStyles: false }).findings) if (f.active) f.element.remove();
  return copy;
}

describe('cloneWithout', () => {
  it('copies the document without the given elements, leaving the original as it was', () => {
    const doc = page('<main><p>keep one</p><aside id="a">drop <b>this</b></aside><div><p>keep two</p><div id="b"><span>drop too</span></div></div></main><footer id="c">drop</footer>');
    const before = doc.documentElement.outerHTML;
    const left = ['#a', '#b', '#c'].map((s) => doc.querySelector(s)!);
    const copy = cloneWithout(doc, left);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(copy).not.toBe(doc);
    expect(copy.body.innerHTML).toBe('<main><p>keep one</p><div><p>keep two</p></div></main>');
    expect(copy.head.innerHTML).toBe(doc.head.innerHTML);
    expect(copy.URL).toBe(doc.URL);
    expect(copy.compatMode).toBe(doc.compatMode);
    expect(copy.doctype?.name).toBe('html');
    // Nothing of the copy is shared with the original.
    expect(copy.querySelector('main')).not.toBe(doc.querySelector('main'));
    expect(copy.querySelector('p')!.ownerDocument).toBe(copy);
  });

  it('takes nested elements, elements of other documents and detached ones in its stride', () => {
    const doc = page('<div id="outer"><div id="inner">x</div></div><p>kept</p>');
    const other = page('<p id="elsewhere">other</p>');
    const detached = doc.createElement('aside');
    const copy = cloneWithout(doc, [doc.querySelector('#inner')!, doc.querySelector('#outer')!, other.querySelector('#elsewhere')!, detached]);
    expect(copy.body.innerHTML).toBe('<p>kept</p>');
    expect(cloneWithout(doc, []).documentElement.outerHTML).toBe(doc.documentElement.outerHTML);
  });

  it.each(['cluttered', 'readability', 'aeb'].flatMap((set) => loadCases(`${CORPUS}/${set}`)).filter((_, i) => i % 5 === 0).map((c) => [`${c.set}/${c.name}`, c] as const))(
    'gives what cloning and removing gave on %s',
    (_name, c) => {
      const doc = parseHtml(readPage(c), c.url);
      const hidden = plan(doc, c.url, {}, { computedStyles: false }).findings.filter((f) => f.active).map((f) => f.element);
      const copy = cloneWithout(doc, hidden);
      expect(copy.documentElement.outerHTML).toBe(cloneThenRemove(doc, c.url).documentElement.outerHTML);
    },
  );
});
