import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { afterParsed, stoppedBeforeDocument, whenParsed } from '../../utils/live/next-frame';
import { until } from '../helpers/until';

describe('afterParsed', () => {
  it('waits for the parsed document, and runs after the DOMContentLoaded event, not in it', async () => {
    // jsdom's document is still loading when the constructor returns; DOMContentLoaded comes later.
    const { window } = new JSDOM('<p>text</p>');
    const doc = window.document;
    expect(doc.readyState).toBe('loading');
    const seen: string[] = [];
    afterParsed(doc, () => seen.push(`ran, ${doc.readyState}`));
    // A listener of the page's, added after Sift's: the event's listeners all run before Sift does.
    doc.addEventListener('DOMContentLoaded', () => seen.push('page listener'));
    expect(seen).toEqual([]);
    await until(() => seen.length === 2);
    expect(seen[0]).toBe('page listener');
    expect(seen[1]).toMatch(/^ran, (interactive|complete)$/);
    window.close();
  });

  it('runs at once on a document already parsed', async () => {
    const { window } = new JSDOM('<p>text</p>');
    await until(() => window.document.readyState !== 'loading');
    let ran = false;
    afterParsed(window.document, () => (ran = true));
    expect(ran).toBe(true);
    window.close();
  });

  it("is not kept from running by a page that stops the event, nor started by one the page dispatches", async () => {
    const { window } = new JSDOM('<p>text</p>');
    const doc = window.document;
    const seen: string[] = [];
    afterParsed(doc, () => seen.push(`after, ${doc.readyState}`));
    whenParsed(doc, () => seen.push(`when, ${doc.readyState}`));
    // The page's scripts run after Sift's document_start script: their listeners come later.
    window.addEventListener('DOMContentLoaded', (e) => e.stopImmediatePropagation(), true);
    doc.addEventListener('DOMContentLoaded', () => seen.push('page listener'));
    // Events of the same name a script dispatches, while the document is still loading.
    doc.dispatchEvent(new window.Event('DOMContentLoaded', { bubbles: true }));
    doc.body.dispatchEvent(new window.Event('DOMContentLoaded', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([]);
    await until(() => seen.length === 2);
    // The page's own listener on the document never heard the real event: it stopped it on the window.
    expect(seen.sort()).toEqual(expect.arrayContaining([expect.stringMatching(/^after, (interactive|complete)$/), expect.stringMatching(/^when, (interactive|complete)$/)]));
    window.close();
  });
});

describe('whenParsed', () => {
  it('runs once the document is parsed, after its DOMContentLoaded listeners, and at once (in a frame) on a parsed one', async () => {
    const { window } = new JSDOM('<p>text</p>');
    const doc = window.document;
    const seen: string[] = [];
    whenParsed(doc, () => seen.push(`ran, ${doc.readyState}`));
    doc.addEventListener('DOMContentLoaded', () => seen.push('page listener'));
    await until(() => seen.length === 2);
    expect(seen[0]).toBe('page listener');
    expect(seen[1]).toMatch(/^ran, (interactive|complete)$/);
    let again = 0;
    whenParsed(doc, () => again++);
    await until(() => again === 1);
    await new Promise((r) => setTimeout(r, 60));
    expect(again).toBe(1);
    window.close();
  });
});

describe('stoppedBeforeDocument', () => {
  /** A document still loading, with what Sift's document_start script sets up, then a page script's doing. */
  async function parse(page: (window: JSDOM['window']) => void): Promise<boolean> {
    const { window } = new JSDOM('<p>text</p>');
    const stopped = stoppedBeforeDocument(window.document);
    let answer: boolean | undefined;
    afterParsed(window.document, () => (answer = stopped()));
    page(window);
    await until(() => answer !== undefined);
    window.close();
    return answer!;
  }

  it('says no when the event reached the document', async () => {
    expect(await parse(() => {})).toBe(false);
    // Stopped on the document, after Sift's listener there.
    expect(await parse((w) => w.document.addEventListener('DOMContentLoaded', (e) => e.stopImmediatePropagation(), true))).toBe(false);
  });

  it('says yes when the page stopped it on its window, even after dispatching one of its own to the document', async () => {
    expect(
      await parse((w) => {
        w.addEventListener('DOMContentLoaded', (e) => e.stopPropagation(), true);
        w.document.dispatchEvent(new w.Event('DOMContentLoaded'));
      }),
    ).toBe(true);
  });

  it('says no on a document already parsed', async () => {
    const { window } = new JSDOM('<p>text</p>');
    await until(() => window.document.readyState !== 'loading');
    expect(stoppedBeforeDocument(window.document)()).toBe(false);
    window.close();
  });
});
